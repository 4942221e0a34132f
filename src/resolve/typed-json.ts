// The typed form of a value tree, as the conformance corpus records what the
// server's parser returns: every value is {"t": TYPE, "v": VALUE}.

import { RawNumber, type JsonObject, type JsonValue } from "../emit/json-text.js";
import type { Value } from "./values.js";

const SAFE_INTEGER = 2n ** 53n;

function object(...pairs: [string, JsonValue][]): JsonObject {
  return new Map(pairs);
}

export function toTypedJson(value: Value): JsonValue {
  switch (value.type) {
    case "string":
      return object(["t", "string"], ["v", value.value]);
    case "int64": {
      const magnitude = value.value < 0n ? -value.value : value.value;
      if (magnitude > SAFE_INTEGER)
        return object(["t", "int64"], ["v", value.value], ["s", value.value.toString()]);
      return object(["t", "int64"], ["v", value.value]);
    }
    case "float64":
      // String() gives the same shortest form as Go's encoding/json.
      return object(
        ["t", "float64"],
        ["v", new RawNumber(String(value.value))],
        ["s", String(value.value)],
      );
    case "bool":
      return object(["t", "bool"], ["v", value.value]);
    case "time":
      return object(["t", "time.Time"], ["v", value.value]);
    case "array":
      return object(["t", "array"], ["v", value.items.map(toTypedJson)]);
    case "map": {
      const entries: JsonObject = new Map();
      for (const [key, entry] of value.entries) entries.set(key, toTypedJson(entry.value));
      return object(["t", "map"], ["v", entries]);
    }
  }
}
