// Compiles a resolved config into JSON that nats-server reads with the same
// meaning: includes and variables are resolved, option names of case-insensitive
// blocks are lower-cased, integers are exact, and `verify` is dropped where
// `verify_and_map: true` already implies it.

import { createDiagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import type { LoadedConfig } from "../resolve/load.js";
import { locate, type Entry, type MapValue, type Value } from "../resolve/values.js";
import { findKey, getBlock, type BlockSpec } from "../schema/index.js";
import type { Span } from "../source.js";
import { formatFloat } from "./float.js";
import { RawNumber, writeJson, type JsonObject, type JsonValue } from "./json-text.js";

export interface CompileOutput {
  /** The JSON text, or null when a value cannot be written faithfully. */
  json: string | null;
  diagnostics: Diagnostic[];
}

export interface CompileOptions {
  /** Spaces per level; 0 writes one line. */
  indent: number;
}

/** Control characters other than tab, newline and carriage return. */
const UNWRITABLE_CHARACTER = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

class Compiler {
  readonly diagnostics: Diagnostic[] = [];

  private fail(span: Span, message: string, help: string): void {
    this.diagnostics.push(
      createDiagnostic({ code: "compile/unrepresentable", severity: "error", message, span, help }),
    );
  }

  map(map: MapValue, spec: BlockSpec | null): JsonObject {
    const out: JsonObject = new Map();
    const dropVerify = spec?.id === "tls" && this.isTrue(map, spec, "verify_and_map");
    for (const entry of map.entries.values()) {
      const childSpec = this.childSpec(spec, entry);
      if (childSpec === undefined) continue;
      const known =
        spec === null || spec.dataEntries !== undefined ? undefined : findKey(spec, entry.key);
      if (dropVerify && known?.name === "verify") continue;
      // Known options of case-insensitive blocks are lower-cased; keys the
      // schema does not know, and data keys, stay as written.
      const key =
        known !== undefined && spec?.keyCase === "insensitive"
          ? entry.key.toLowerCase()
          : entry.key;
      if (!this.checkKey(entry, key)) continue;
      out.set(key, this.value(entry.value, childSpec));
    }
    return out;
  }

  /**
   * Returns the block of an entry's value: null when unknown, undefined when the
   * entry is dropped (a key that only serves as a $variable).
   */
  private childSpec(spec: BlockSpec | null, entry: Entry): BlockSpec | null | undefined {
    if (spec === null) return null;
    if (spec.dataEntries !== undefined) {
      if (entry.usedAsVariable && spec.dataEntries.skipsVariables === true) return undefined;
      return spec.dataEntries.block === undefined ? null : getBlock(spec.dataEntries.block);
    }
    const key = findKey(spec, entry.key);
    if (key === undefined) return entry.usedAsVariable && spec.variablesAllowed ? undefined : null;
    return key.block === undefined ? null : getBlock(key.block);
  }

  private isTrue(map: MapValue, spec: BlockSpec, name: string): boolean {
    for (const entry of map.entries.values()) {
      if (
        findKey(spec, entry.key)?.name === name &&
        entry.value.type === "bool" &&
        entry.value.value
      )
        return true;
    }
    return false;
  }

  private checkKey(entry: Entry, key: string): boolean {
    if (!/["\\]/.test(key) && !UNWRITABLE_CHARACTER.test(key) && !/[\r\n\t]/.test(key)) return true;
    this.fail(
      entry.keyOrigin,
      `Key ${JSON.stringify(key)} holds a quote, backslash or control character, which nats-server cannot read back from a quoted JSON key.`,
      "Rename the key.",
    );
    return false;
  }

  private value(value: Value, spec: BlockSpec | null): JsonValue {
    switch (value.type) {
      case "string":
        return this.string(value.value, value.lossy, locate(value));
      case "int64":
        return value.value;
      case "float64":
        return new RawNumber(formatFloat(value.value));
      case "bool":
        return value.value;
      case "time":
        this.fail(
          locate(value),
          `The datetime ${value.value} has no JSON form that nats-server reads back as a datetime.`,
          "Quote the value if it is meant as text; no nats-server option takes a datetime.",
        );
        return value.value;
      case "array":
        return value.items.map((item) => this.value(item, spec));
      case "map":
        return this.map(value, spec);
    }
  }

  private string(text: string, lossy: boolean, span: Span): string {
    if (lossy) {
      this.fail(
        span,
        "The string holds bytes that are not UTF-8 (from \\x escapes); JSON output cannot carry them.",
        "Use UTF-8 text.",
      );
    } else if (UNWRITABLE_CHARACTER.test(text)) {
      this.fail(
        span,
        "The string holds a control character that nats-server cannot read back from a JSON string.",
        "Remove the control character.",
      );
    }
    return text;
  }
}

export function compileConfig(config: LoadedConfig, options: CompileOptions): CompileOutput {
  const compiler = new Compiler();
  const value = compiler.map(config.root, getBlock("top"));
  const failed = compiler.diagnostics.length > 0;
  return {
    json: failed ? null : `${writeJson(value, { indent: options.indent })}\n`,
    diagnostics: compiler.diagnostics,
  };
}
