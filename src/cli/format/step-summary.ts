// The Markdown table that lint appends to $GITHUB_STEP_SUMMARY in GitHub
// Actions, so that every problem is listed on the run's page.

import { relativePath } from "./paths.js";
import { summaryLine } from "./github.js";
import type { LintReport } from "./types.js";

/**
 * Maximum bytes of table rows. The runner drops a step summary over 1024 KiB
 * ("upload aborted, supports content up to a size of 1024k"), and the rest is
 * left for the heading and for other tools in the same step.
 */
const MAX_TABLE_BYTES = 900_000;

/** Escapes text for a table cell: Markdown punctuation, HTML brackets and line breaks. */
function cell(text: string): string {
  return text
    .replace(/[\\`*_[\]|~#]/g, (character) => `\\${character}`)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/\s*[\r\n]+\s*/g, " ");
}

export function formatStepSummary(report: LintReport): string {
  const lines = ["### natsconf lint", "", cell(summaryLine(report)), ""];
  if (report.diagnostics.length > 0) {
    lines.push("| Severity | Location | Rule | Message |", "| --- | --- | --- | --- |");
    let bytes = 0;
    let listed = 0;
    for (const diagnostic of report.diagnostics) {
      const { line, column } = diagnostic.range.start;
      const at = `${relativePath(diagnostic.file, report.cwd)}:${line}:${column}`;
      const message =
        diagnostic.help === undefined
          ? diagnostic.message
          : `${diagnostic.message} Help: ${diagnostic.help}`;
      const row = `| ${diagnostic.severity} | ${cell(at)} | ${cell(diagnostic.code)} | ${cell(message)} |`;
      bytes += Buffer.byteLength(row) + 1;
      if (bytes > MAX_TABLE_BYTES) break;
      lines.push(row);
      listed++;
    }
    const left = report.diagnostics.length - listed;
    if (left > 0) lines.push("", `${left} more not listed: the summary has a size limit.`);
    lines.push("");
  }
  const hidden = report.counts.errors + report.counts.warnings + report.counts.infos;
  if (hidden > report.diagnostics.length)
    lines.push(`${hidden - report.diagnostics.length} warnings and notes not shown (--quiet).`, "");
  return `${lines.join("\n")}\n`;
}
