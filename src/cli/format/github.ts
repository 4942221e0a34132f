// GitHub Actions workflow commands: each problem becomes an annotation on the
// file and line, e.g. `::error file=a.conf,line=3,col=3,...,title=[rule]::message`.

import { countBySeverity, type Diagnostic, type Severity } from "../../diagnostics/diagnostic.js";
import { STDIN_PATH } from "../input.js";
import { docsFor } from "./json.js";
import { relativePath } from "./paths.js";
import type { LintReport } from "./types.js";

const COMMANDS: Record<Severity, string> = { error: "error", warning: "warning", info: "notice" };

/**
 * NOTE: an estimate from user reports, not from GitHub's documentation: GitHub
 * shows about 10 annotations of each kind per step. Past that, the output
 * points at the step summary.
 */
const SHOWN_ANNOTATIONS = 10;

/** Escapes a command's message as the workflow command syntax requires: %, CR and LF. */
export function escapeData(text: string): string {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** Escapes a property value: the message escapes, plus `:` and `,`. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}

/** Returns the report's summary line, in the words of the human format. */
export function summaryLine(report: LintReport): string {
  const { errors, warnings, infos } = report.counts;
  const files = plural(report.files.length, "file");
  const total = errors + warnings + infos;
  if (total === 0) return `No problems in ${files}.`;
  const parts = [plural(errors, "error"), plural(warnings, "warning")];
  if (infos > 0) parts.push(plural(infos, "note"));
  return `${plural(total, "problem")} (${parts.join(", ")}) in ${files}.`;
}

function annotation(diagnostic: Diagnostic, cwd: string): string {
  const { start, end } = diagnostic.range;
  const properties: string[] = [];
  if (diagnostic.file !== STDIN_PATH)
    properties.push(`file=${escapeProperty(relativePath(diagnostic.file, cwd))}`);
  // NOTE: endColumn is natsconf's exclusive end. GitHub does not document
  // whether it reads endColumn as inclusive.
  properties.push(
    `line=${start.line}`,
    `col=${start.column}`,
    `endLine=${end.line}`,
    `endColumn=${end.column}`,
    `title=${escapeProperty(`[${diagnostic.code}]`)}`,
  );
  const lines = [diagnostic.message];
  for (const related of diagnostic.related) {
    const at = `${relativePath(related.file, cwd)}:${related.range.start.line}:${related.range.start.column}`;
    lines.push(`note: ${at}: ${related.message}`);
  }
  if (diagnostic.help !== undefined) lines.push(`help: ${diagnostic.help}`);
  lines.push(`docs: ${docsFor(diagnostic.code)}`);
  return `::${COMMANDS[diagnostic.severity]} ${properties.join(",")}::${escapeData(lines.join("\n"))}`;
}

export function formatGithub(report: LintReport): string {
  const lines = report.diagnostics.map((diagnostic) => annotation(diagnostic, report.cwd));
  lines.push(`natsconf: ${summaryLine(report)}`);
  const reported = countBySeverity(report.diagnostics);
  if (Math.max(reported.error, reported.warning, reported.info) > SHOWN_ANNOTATIONS) {
    lines.push(
      `natsconf: GitHub may show only the first ${SHOWN_ANNOTATIONS} annotations of each kind; the step summary lists every problem, and --format sarif gives code scanning all of them.`,
    );
  }
  return `${lines.join("\n")}\n`;
}
