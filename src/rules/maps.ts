// Visits every map of a resolved config, schema block or not.

import type { MapValue, Value } from "../resolve/values.js";

export function forEachMap(root: MapValue, visit: (map: MapValue) => void): void {
  const seen = new Set<MapValue>();
  const pending: Value[] = [root];
  while (pending.length > 0) {
    const value = pending.pop()!;
    if (value.type === "array") {
      // A loop, not push(...items): spreading a long array overflows the stack.
      for (const item of value.items) pending.push(item);
      continue;
    }
    if (value.type !== "map" || seen.has(value)) continue;
    seen.add(value);
    visit(value);
    for (const entry of value.entries.values()) pending.push(entry.value);
  }
}
