// The JSON report: one versioned document for tools. docs/output-formats.md
// describes the fields, so change the two together.

import type { Diagnostic, Range, ServerReaction, Severity } from "../../diagnostics/diagnostic.js";
import { docsPath } from "../../rules/types.js";
import type { LintReport } from "./types.js";

/**
 * The document's version. Fields may be added without a change. Removing a
 * field or changing its meaning raises it.
 */
export const JSON_REPORT_VERSION = 1;

export interface JsonPosition {
  /** 1-based. */
  line: number;
  /** 1-based, in UTF-16 code units. */
  column: number;
  /** 0-based, in UTF-16 code units of the decoded file text. */
  offset: number;
}

export interface JsonRange {
  start: JsonPosition;
  /** Exclusive. */
  end: JsonPosition;
}

export interface JsonRelatedLocation {
  file: string;
  range: JsonRange;
  message: string;
}

export interface JsonDiagnostic {
  /** The path as given on the command line, or as a directory or pattern found it. */
  file: string;
  range: JsonRange;
  severity: Severity;
  /** A rule id such as `duplicate-key`, or a code such as `syntax/unterminated`. */
  rule: string;
  message: string;
  /** A one-line fix, when natsconf has one. */
  help?: string;
  related: JsonRelatedLocation[];
  /** The documentation page, relative to the natsconf package root. */
  docs: string;
  /** For rule findings: what nats-server does with the config. */
  server?: ServerReaction;
  /** For syntax problems that older servers accept: the first release that rejects the input. */
  rejectedSince?: string;
}

export interface JsonReport {
  version: typeof JSON_REPORT_VERSION;
  tool: { name: "natsconf"; version: string };
  /** Every file linted, including clean ones. */
  files: string[];
  /** With --quiet, only the errors. */
  diagnostics: JsonDiagnostic[];
  /** Counts of everything found, including what --quiet leaves out of `diagnostics`. */
  summary: { files: number; errors: number; warnings: number; infos: number };
}

/** Returns the documentation page of a code: a rule's own page, or the list of other codes. */
export function docsFor(code: string): string {
  return code.includes("/") ? "docs/diagnostics.md" : docsPath(code);
}

function jsonRange(range: Range): JsonRange {
  const position = ({ line, column, offset }: JsonPosition): JsonPosition => ({
    line,
    column,
    offset,
  });
  return { start: position(range.start), end: position(range.end) };
}

function jsonDiagnostic(diagnostic: Diagnostic): JsonDiagnostic {
  return {
    file: diagnostic.file,
    range: jsonRange(diagnostic.range),
    severity: diagnostic.severity,
    rule: diagnostic.code,
    message: diagnostic.message,
    ...(diagnostic.help === undefined ? {} : { help: diagnostic.help }),
    related: diagnostic.related.map((related) => ({
      file: related.file,
      range: jsonRange(related.range),
      message: related.message,
    })),
    docs: docsFor(diagnostic.code),
    ...(diagnostic.server === undefined ? {} : { server: diagnostic.server }),
    ...(diagnostic.rejectedSince === undefined ? {} : { rejectedSince: diagnostic.rejectedSince }),
  };
}

export function buildJsonReport(report: LintReport): JsonReport {
  return {
    version: JSON_REPORT_VERSION,
    tool: { name: "natsconf", version: report.toolVersion },
    files: [...report.files],
    diagnostics: report.diagnostics.map(jsonDiagnostic),
    summary: { files: report.files.length, ...report.counts },
  };
}

export function formatJson(report: LintReport): string {
  return `${JSON.stringify(buildJsonReport(report), null, 2)}\n`;
}
