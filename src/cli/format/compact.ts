// One line per problem, `file:line:col: severity [rule] message`, the form that
// editors' problem matchers and grep read. Clean runs print nothing.

import type { LintReport } from "./types.js";

/** Joins the lines of a multi-line message, so that each problem stays on one line. */
function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, " ");
}

export function formatCompact(report: LintReport): string {
  let text = "";
  for (const diagnostic of report.diagnostics) {
    const { line, column } = diagnostic.range.start;
    text += `${diagnostic.file}:${line}:${column}: ${diagnostic.severity} [${diagnostic.code}] ${oneLine(diagnostic.message)}\n`;
  }
  return text;
}
