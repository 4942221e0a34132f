// Spans that the subsystem rules point at when no single entry is to blame.

import type { MapValue } from "../resolve/values.js";
import type { Span } from "../source.js";

/** Returns the opening brace of a map, or the `$NAME` reference that brought it. */
export function mapStart(map: MapValue): Span {
  if (map.via !== undefined) return map.via;
  return { source: map.source, start: map.start, end: map.start + 1 };
}
