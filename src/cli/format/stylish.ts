// The default human output: one header line per problem, a code frame, related
// locations with their own frames, a help line, and a summary.

import { Chalk, type ChalkInstance } from "chalk";

import { countBySeverity, type Diagnostic, type Severity } from "../../diagnostics/diagnostic.js";
import type { SourceFile } from "../../source.js";
import { colorLevel } from "../colors.js";
import { renderCodeFrame, type FrameStyle } from "./code-frame.js";
import type { LintReport, RenderOptions } from "./types.js";

export interface StylishInput {
  diagnostics: readonly Diagnostic[];
  /** Sources by path, for code frames; diagnostics of other paths get no frame. */
  sources: ReadonlyMap<string, SourceFile>;
  fileCount: number;
}

function severityLabel(severity: Severity, chalk: ChalkInstance): string {
  switch (severity) {
    case "error":
      return chalk.red.bold("error");
    case "warning":
      return chalk.yellow.bold("warning");
    case "info":
      return chalk.blue.bold("info");
  }
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}

function location(file: string, line: number, column: number): string {
  return `${file}:${line}:${column}`;
}

export function formatDiagnostic(
  diagnostic: Diagnostic,
  sources: ReadonlyMap<string, SourceFile>,
  chalk: ChalkInstance,
): string {
  const markerColor = { error: chalk.red, warning: chalk.yellow, info: chalk.blue }[
    diagnostic.severity
  ];
  const style: FrameStyle = {
    gutter: (text) => chalk.dim(text),
    marker: (text) => markerColor(text),
  };
  const relatedStyle: FrameStyle = {
    gutter: (text) => chalk.dim(text),
    marker: (text) => chalk.cyan(text),
  };
  const start = diagnostic.range.start;
  const lines = [
    `${chalk.bold(location(diagnostic.file, start.line, start.column))}: ${severityLabel(diagnostic.severity, chalk)} ` +
      `${chalk.dim(`[${diagnostic.code}]`)} ${diagnostic.message}`,
  ];
  const source = sources.get(diagnostic.file);
  if (source !== undefined && source.text.length > 0)
    lines.push(renderCodeFrame(source, diagnostic.range, style));

  for (const related of diagnostic.related) {
    const at = location(related.file, related.range.start.line, related.range.start.column);
    lines.push(`  ${chalk.cyan("note")}: ${at}: ${related.message}`);
    const relatedSource = sources.get(related.file);
    if (relatedSource !== undefined && relatedSource.text.length > 0) {
      lines.push(renderCodeFrame(relatedSource, related.range, relatedStyle));
    }
  }
  if (diagnostic.help !== undefined) lines.push(`  ${chalk.green("help")}: ${diagnostic.help}`);
  return lines.join("\n");
}

export function formatSummary(
  diagnostics: readonly Diagnostic[],
  fileCount: number,
  chalk: ChalkInstance,
): string {
  const counts = countBySeverity(diagnostics);
  const files = plural(fileCount, "file");
  if (diagnostics.length === 0) return chalk.green(`No problems in ${files}.`);
  const parts = [plural(counts.error, "error"), plural(counts.warning, "warning")];
  if (counts.info > 0) parts.push(plural(counts.info, "note"));
  const text = `${plural(diagnostics.length, "problem")} (${parts.join(", ")}) in ${files}.`;
  return counts.error > 0 ? chalk.red.bold(text) : chalk.yellow.bold(text);
}

export function formatStylish(input: StylishInput, chalk: ChalkInstance): string {
  const blocks = input.diagnostics.map((diagnostic) =>
    formatDiagnostic(diagnostic, input.sources, chalk),
  );
  blocks.push(formatSummary(input.diagnostics, input.fileCount, chalk));
  return `${blocks.join("\n\n")}\n`;
}

/** Renders a lint report, with a line that counts what --quiet left out. */
export function formatStylishReport(report: LintReport, options: RenderOptions): string {
  const chalk = new Chalk({ level: colorLevel(options.color, options.env, options.isTTY) });
  const text = formatStylish(
    { diagnostics: report.diagnostics, sources: report.sources, fileCount: report.files.length },
    chalk,
  );
  const reported = countBySeverity(report.diagnostics);
  const hidden: string[] = [];
  const hiddenWarnings = report.counts.warnings - reported.warning;
  const hiddenNotes = report.counts.infos - reported.info;
  if (hiddenWarnings > 0) hidden.push(plural(hiddenWarnings, "warning"));
  if (hiddenNotes > 0) hidden.push(plural(hiddenNotes, "note"));
  if (hidden.length === 0) return text;
  return `${text}${chalk.dim(`${hidden.join(" and ")} not shown (--quiet).`)}\n`;
}
