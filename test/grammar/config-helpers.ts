// Loads config text through the real resolver and turns the value tree into
// plain JavaScript values, so tests can compare results with toEqual.

import type { Diagnostic } from "../../src/diagnostics/diagnostic.js";
import { loadConfigText, type LoadedConfig } from "../../src/resolve/load.js";
import type { MapValue, Value } from "../../src/resolve/values.js";

/**
 * Path given to loadConfigText for text that has no file. The directory does not
 * exist, so an include from such text fails unless a test passes its own path.
 */
export const VIRTUAL_PATH = "/natsconf-test-virtual/test.conf";

/** A datetime value in plain form, kept apart from strings. */
export interface PlainDateTime {
  datetime: string;
}

export interface LoadOutcome {
  config: LoadedConfig;
  /** Codes of the error diagnostics, in file order. */
  errors: string[];
  /** Codes of the warning diagnostics, in file order. */
  warnings: string[];
  /** The resolved top-level map in plain form (see toPlain). */
  root: Record<string, unknown>;
}

/**
 * Converts a resolved value for assertions: int64 becomes a bigint, float64 a
 * number, a datetime a PlainDateTime, maps plain objects and arrays arrays.
 */
export function toPlain(value: Value): unknown {
  switch (value.type) {
    case "string":
    case "float64":
    case "bool":
    case "int64":
      return value.value;
    case "time":
      return { datetime: value.value } satisfies PlainDateTime;
    case "array":
      return value.items.map(toPlain);
    case "map":
      return mapToPlain(value);
  }
}

function mapToPlain(map: MapValue): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const [key, entry] of map.entries) {
    Object.defineProperty(result, key, {
      value: toPlain(entry.value),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return result;
}

function codes(diagnostics: Diagnostic[], severity: Diagnostic["severity"]): string[] {
  return diagnostics
    .filter((diagnostic) => diagnostic.severity === severity)
    .map((diagnostic) => diagnostic.code);
}

/** Loads config text with an explicit environment (empty unless given). */
export function load(
  text: string,
  env: Record<string, string> = {},
  path: string = VIRTUAL_PATH,
): LoadOutcome {
  const config = loadConfigText(path, text, { env });
  return {
    config,
    errors: codes(config.diagnostics, "error"),
    warnings: codes(config.diagnostics, "warning"),
    root: mapToPlain(config.root),
  };
}
