// Compiles a resolved config into JSON that nats-server reads with the same
// meaning. Includes and variables are resolved, and option names get their
// canonical spelling (lower case where the server ignores case). Values that
// the server accepts in several forms get one form (see normalise.ts). Keys are
// sorted, integers stay exact, and `verify` is dropped where
// `verify_and_map: true` already implies it.

import { createDiagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import type { LoadedConfig } from "../resolve/load.js";
import { locate, type Entry, type MapValue, type Value } from "../resolve/values.js";
import { findKey, getBlock, type BlockSpec, type KeySpec } from "../schema/index.js";
import { keyAvailability, keyExistsIn } from "../schema/versions.js";
import type { Span } from "../source.js";
import { isNkeySeed, isSecretKey, redactUrlPasswords } from "../syntax/secrets.js";
import { DEFAULT_TARGET, type ServerVersion } from "../target/version.js";
import { formatFloat } from "./float.js";
import { RawNumber, writeJson, type JsonObject, type JsonValue } from "./json-text.js";
import { rewriteFor, type Rewrite } from "./normalise.js";

export interface CompileOutput {
  /** The JSON text, or null when a value cannot be written faithfully. */
  json: string | null;
  diagnostics: Diagnostic[];
  /** The origin of each emitted key, in output order; empty unless requested. */
  sources: ValueSource[];
}

export interface CompileOptions {
  /** Spaces per level; 0 writes one line. */
  indent: number;
  /** The server version whose key names and forms the output uses. */
  target?: ServerVersion;
  /** Replace passwords (also those in URLs), tokens, encryption keys and nkey seeds with REDACTED_MARKER. */
  redact?: boolean;
  /** Record the origin of every emitted key in CompileOutput.sources. */
  recordSources?: boolean;
}

/** The origin of one key of the output. */
export interface ValueSource {
  /** The key's place in the output, such as `accounts.A.users[0].user`. */
  path: string;
  /** The key as written in the config. */
  key: Span;
  /** The value's definition, when a variable or environment variable brought it in. */
  value: Span | undefined;
}

/** The text that --redact writes in place of a secret. */
export const REDACTED_MARKER = "[REDACTED]";

/** Control characters other than tab, newline and carriage return. */
const UNWRITABLE_CHARACTER = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** Joins an output path and a key, such as `cluster` and `port` into `cluster.port`. */
function childPath(path: string, key: string): string {
  const part = /^[A-Za-z_][A-Za-z0-9_$-]*$/.test(key) ? key : JSON.stringify(key);
  return path === "" ? part : `${path}.${part}`;
}

interface OutputEntry {
  entry: Entry;
  known: KeySpec | undefined;
  childSpec: BlockSpec | null;
}

class Compiler {
  readonly diagnostics: Diagnostic[] = [];
  readonly sources: ValueSource[] = [];
  private readonly target: ServerVersion;

  constructor(private readonly options: CompileOptions) {
    this.target = options.target ?? DEFAULT_TARGET;
  }

  private fail(span: Span, message: string, help: string): void {
    this.diagnostics.push(
      createDiagnostic({ code: "compile/unrepresentable", severity: "error", message, span, help }),
    );
  }

  map(map: MapValue, spec: BlockSpec | null, path: string): JsonObject {
    const byKey = new Map<string, OutputEntry>();
    const dropVerify = spec?.id === "tls" && this.isTrue(map, spec, "verify_and_map");
    for (const entry of map.entries.values()) {
      const childSpec = this.childSpec(spec, entry);
      if (childSpec === undefined) continue;
      const known =
        spec === null || spec.dataEntries !== undefined ? undefined : findKey(spec, entry.key);
      if (dropVerify && known?.name === "verify") continue;
      const key = this.outputKey(spec, known, entry);
      if (!this.checkKey(entry, key)) continue;
      const earlier = byKey.get(key);
      if (earlier !== undefined) {
        this.conflict(earlier.entry, entry, key);
        continue;
      }
      byKey.set(key, { entry, known, childSpec });
    }

    // Go keeps a parsed map in no particular order, so sorting loses nothing and
    // keeps diffs between two compiles small.
    const out: JsonObject = new Map();
    for (const key of [...byKey.keys()].sort()) {
      const { entry, known, childSpec } = byKey.get(key)!;
      const keyPath = childPath(path, key);
      if (this.options.recordSources === true) this.recordSource(keyPath, entry);
      const value =
        this.secret(entry) ?? this.entryValue(spec, known, entry.value, childSpec, keyPath);
      out.set(key, value);
    }
    return out;
  }

  private recordSource(path: string, entry: Entry): void {
    // A value from a variable or the environment is written where it is defined.
    const value = entry.value.via === undefined ? undefined : { ...entry.value, via: undefined };
    this.sources.push({ path, key: entry.keyOrigin, value });
  }

  /**
   * Returns the key as the output writes it: the canonical name of a known
   * option when the target server reads that name, lower-cased in blocks that
   * ignore case. Data keys (account names, subjects) and unknown keys stay as written.
   */
  private outputKey(spec: BlockSpec | null, known: KeySpec | undefined, entry: Entry): string {
    if (spec === null || known === undefined) return entry.key;
    const canonical = keyExistsIn(keyAvailability(spec, known, known.name), this.target);
    if (canonical) return known.name;
    return spec.keyCase === "insensitive" ? entry.key.toLowerCase() : entry.key;
  }

  private conflict(earlier: Entry, later: Entry, key: string): void {
    this.diagnostics.push(
      createDiagnostic({
        code: "compile/conflicting-keys",
        severity: "error",
        message: `${JSON.stringify(earlier.key)} and ${JSON.stringify(later.key)} both set ${key}. nats-server reads them in random order, so the config has no single meaning to compile.`,
        span: later.keyOrigin,
        related: [
          { span: earlier.keyOrigin, message: `${JSON.stringify(earlier.key)} is set here` },
        ],
        help: `Keep one of the two keys.`,
      }),
    );
  }

  /** Returns the marker for a secret when --redact is on, else undefined. */
  private secret(entry: Entry): JsonValue | undefined {
    if (this.options.redact !== true) return undefined;
    return isSecretKey(entry.key) && entry.value.type !== "map" && entry.value.type !== "array"
      ? REDACTED_MARKER
      : undefined;
  }

  /** Returns the block of an entry's value: null when unknown, undefined when the
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

  /** Returns the value of a known key in its one normal form. */
  private entryValue(
    spec: BlockSpec | null,
    known: KeySpec | undefined,
    value: Value,
    childSpec: BlockSpec | null,
    path: string,
  ): JsonValue {
    const rewrite: Rewrite =
      spec === null || known === undefined
        ? { kind: "keep" }
        : rewriteFor(spec, known, value, this.target);
    switch (rewrite.kind) {
      case "keep":
        return this.value(value, childSpec, path);
      case "integer":
        return rewrite.value;
      case "string":
        return rewrite.value;
      case "list":
        return [this.value(value, childSpec, path)];
      case "wrap": {
        const inner = this.value(value, null, childPath(path, rewrite.key));
        return new Map([[rewrite.key, rewrite.asList ? [inner] : inner]]);
      }
      case "flag":
        return new Map([[rewrite.key, rewrite.value]]);
      case "empty-maps":
        return new Map([...rewrite.keys].sort().map((key) => [key, new Map()]));
    }
  }

  private value(value: Value, spec: BlockSpec | null, path: string): JsonValue {
    switch (value.type) {
      case "string":
        if (this.options.redact === true) {
          if (isNkeySeed(value.value)) return REDACTED_MARKER;
          return redactUrlPasswords(
            this.string(value.value, value.lossy, locate(value)),
            REDACTED_MARKER,
          );
        }
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
        return value.items.map((item, index) => this.value(item, spec, `${path}[${index}]`));
      case "map":
        return this.map(value, spec, path);
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
  const compiler = new Compiler(options);
  const value = compiler.map(config.root, getBlock("top"), "");
  const failed = compiler.diagnostics.length > 0;
  return {
    json: failed ? null : `${writeJson(value, { indent: options.indent })}\n`,
    diagnostics: compiler.diagnostics,
    sources: compiler.sources,
  };
}
