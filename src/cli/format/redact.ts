// Masks secret values in diagnostics before any format renders them.

import type { Diagnostic, RelatedLocation } from "../../diagnostics/diagnostic.js";
import type { SourceFile } from "../../source.js";
import { rangesOverlapping, redactDiagnostics, redactText } from "../../syntax/secrets.js";

/** Masks secrets of the source lines a related location covers in its message. */
function redactRelated(
  related: RelatedLocation,
  sources: ReadonlyMap<string, SourceFile>,
): RelatedLocation {
  const source = sources.get(related.file);
  if (source === undefined || source.secretRanges.length === 0) return related;
  const start = source.lineStart(related.range.start.line);
  const next = source.lineStart(related.range.end.line + 1);
  const end = next <= start ? source.text.length : next;
  const nearby = rangesOverlapping(source.secretRanges, start, end);
  if (nearby.length === 0) return related;
  return { ...related, message: redactText(related.message, source.text, nearby) };
}

/**
 * Returns the diagnostics with secret values masked in their messages, help
 * and related messages. Every report passes here, whatever its format.
 */
export function redactReport(
  diagnostics: readonly Diagnostic[],
  sources: ReadonlyMap<string, SourceFile>,
): Diagnostic[] {
  return redactDiagnostics(diagnostics, sources).map((diagnostic) =>
    diagnostic.related.length === 0
      ? diagnostic
      : {
          ...diagnostic,
          related: diagnostic.related.map((related) => redactRelated(related, sources)),
        },
  );
}
