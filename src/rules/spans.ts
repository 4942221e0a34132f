// Spans that rules point at.

import type { Entry } from "../resolve/values.js";
import type { Span } from "../source.js";

/**
 * Returns the span from an entry's key to the end of its value when both sit on
 * one line of one file, and the key alone otherwise.
 */
export function entrySpan(entry: Entry): Span {
  const key = entry.keyOrigin;
  const value = entry.value.via ?? entry.value;
  if (value.source !== key.source || value.start < key.start) return key;
  const between = key.source.text.slice(key.start, value.end);
  if (/[\r\n]/.test(between)) return key;
  return { source: key.source, start: key.start, end: value.end };
}
