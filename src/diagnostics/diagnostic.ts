// The one type for every problem natsconf reports: syntax errors, include and
// variable problems, and rule findings.

import type { Position, Span } from "../source.js";

export type Severity = "error" | "warning" | "info";

/**
 * What nats-server does with a config that has a rule's finding:
 * - rejects: option processing fails; `nats-server -t` fails and the server does not start
 * - rejects-sometimes: as rejects, but only on some starts, because the check depends on
 *   Go's random map iteration order
 * - warns: option processing warns; `-t` fails, but the server starts
 * - fails-at-startup: `-t` passes, but the server refuses to start
 * - logs: the server starts and logs a warning
 * - accepts: the server says nothing
 */
export type ServerReaction =
  "rejects" | "rejects-sometimes" | "warns" | "fails-at-startup" | "logs" | "accepts";

export interface Range {
  start: Position;
  /** Exclusive. */
  end: Position;
}

export interface RelatedLocation {
  file: string;
  range: Range;
  message: string;
}

export interface Diagnostic {
  /** A rule id such as `duplicate-key`, or a code such as `syntax/unterminated`. */
  code: string;
  severity: Severity;
  message: string;
  file: string;
  range: Range;
  related: RelatedLocation[];
  /** One line that tells how to fix the problem. */
  help?: string;
  /**
   * For rule findings: what nats-server does with the config. Load and syntax
   * problems have none; the server rejects them all.
   */
  server?: ServerReaction;
  /** For syntax problems that older servers accept: the first release that rejects the input. */
  rejectedSince?: string;
}

export interface RelatedSpan {
  span: Span;
  message: string;
}

export interface DiagnosticInit {
  code: string;
  severity: Severity;
  message: string;
  span: Span;
  related?: RelatedSpan[];
  help?: string;
  server?: ServerReaction;
  rejectedSince?: string;
}

export function rangeOf(span: Span): Range {
  return { start: span.source.positionAt(span.start), end: span.source.positionAt(span.end) };
}

export function createDiagnostic(init: DiagnosticInit): Diagnostic {
  const diagnostic: Diagnostic = {
    code: init.code,
    severity: init.severity,
    message: init.message,
    file: init.span.source.path,
    range: rangeOf(init.span),
    related: (init.related ?? []).map((related) => ({
      file: related.span.source.path,
      range: rangeOf(related.span),
      message: related.message,
    })),
  };
  if (init.help !== undefined) diagnostic.help = init.help;
  if (init.server !== undefined) diagnostic.server = init.server;
  if (init.rejectedSince !== undefined) diagnostic.rejectedSince = init.rejectedSince;
  return diagnostic;
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Orders diagnostics by file, then position, then severity. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  if (a.range.start.offset !== b.range.start.offset)
    return a.range.start.offset - b.range.start.offset;
  return SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity];
}

export function countBySeverity(diagnostics: readonly Diagnostic[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const diagnostic of diagnostics) counts[diagnostic.severity]++;
  return counts;
}
