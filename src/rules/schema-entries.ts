// Helpers for the rules that check values against the option schema.

import type { BlockInstance } from "../model/walk.js";
import { blockPath } from "../model/walk.js";
import type { Entry, Value } from "../resolve/values.js";
import { findKey, type KeySpec, type ValueType } from "../schema/index.js";
import { keyAvailability, keyExistsIn } from "../schema/versions.js";
import type { RuleContext } from "./types.js";

export interface KeyedEntry {
  instance: BlockInstance;
  entry: Entry;
  key: KeySpec;
}

/**
 * Visits every entry whose key the schema describes and the target reads, in
 * blocks with fixed keys. option-not-in-version reports keys of other releases.
 */
export function forEachKeyedEntry(context: RuleContext, visit: (found: KeyedEntry) => void): void {
  for (const instance of context.blocks) {
    const spec = instance.spec;
    if (spec.dataEntries !== undefined) continue;
    for (const entry of instance.map.entries.values()) {
      // The server skips keys that only serve as $variables, except in tls blocks.
      if (entry.usedAsVariable && spec.variablesAllowed) continue;
      const key = findKey(spec, entry.key);
      if (key === undefined) continue;
      if (!keyExistsIn(keyAvailability(spec, key, entry.key), context.target)) continue;
      visit({ instance, entry, key });
    }
  }
}

/** Names where an entry is, for messages: `cluster.ping_interval`. */
export function entryPath(found: KeyedEntry): string {
  const path = blockPath(found.instance);
  return path === "" ? found.entry.key : `${path}.${found.entry.key}`;
}

const TYPE_NAMES: Readonly<Record<ValueType, string>> = {
  string: "a string",
  int64: "an integer",
  float64: "a decimal number",
  bool: "a boolean",
  map: "a map",
  array: "an array",
  time: "a date-time",
};

export function typeName(type: ValueType): string {
  return TYPE_NAMES[type];
}

/** Joins type names: "an integer or a string". */
export function typeList(types: readonly ValueType[]): string {
  const names = types.map(typeName);
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} or ${names[names.length - 1]}`;
}

/** Returns the literal text of a value where it is written. */
export function literalText(value: Value): string {
  return value.source.text.slice(value.start, value.end);
}
