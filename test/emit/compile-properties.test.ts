// Property tests of the emitter on random configs built from the option schema: known option
// names in any case and under their aliases, nested blocks, arrays, quoted and unquoted
// strings, integers beyond 2^53, sizes with suffixes and boolean spellings. Compiling the
// compiled JSON again must give the same text, and the JSON must read back to the same value
// tree as the original once both trees are normalised the way compile documents.

import fc from "fast-check";
import { describe, expect, test } from "vitest";

import { compileConfig } from "../../src/emit/compile.js";
import { parseGoDuration } from "../../src/model/durations.js";
import { loadConfigText, type LoadedConfig } from "../../src/resolve/load.js";
import type { MapValue, Value } from "../../src/resolve/values.js";
import { findKey, getBlock, type BlockSpec, type KeySpec } from "../../src/schema/index.js";

// ---------------------------------------------------------------------------------------------
// Generating config text

/** Depth of nested blocks below the top level. */
const MAX_DEPTH = 3;

const BOOLEAN_WORDS = ["true", "false", "yes", "no", "on", "off", "TRUE", "Yes", "Off", "oN"];
const SIZE_SUFFIXES = [
  "k",
  "K",
  "kb",
  "KB",
  "Ki",
  "m",
  "MB",
  "mib",
  "g",
  "GB",
  "t",
  "Tb",
  "p",
  "e",
];

/** Characters for quoted strings, with the ones that force quoting and need escapes. */
const QUOTED_CHARACTERS = [
  ..."abcXYZ019 ._-/*>",
  ..."#:=,;{}[]()",
  '"',
  "\\",
  "\n",
  "\t",
  "'",
  "$",
  "é",
  "€",
  "😀",
];

const unquotedWord = fc
  .stringMatching(/^[a-z][a-z0-9_.]{0,10}$/)
  .filter((word) => !/^(true|false|yes|no|on|off|include)$/i.test(word));

function escapeDoubleQuoted(text: string): string {
  return text.replace(
    /["\\\n\t]/g,
    (c) => ({ '"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t" })[c]!,
  );
}

const quotedString = fc
  .array(fc.constantFrom(...QUOTED_CHARACTERS), { maxLength: 12 })
  .map((characters) => characters.join(""));

const stringText = fc.oneof(
  unquotedWord,
  quotedString.map((text) => `"${escapeDoubleQuoted(text)}"`),
  quotedString.map((text) => `'${text.replace(/['\n]/g, "_")}'`),
  // Text that would read as another type without quotes.
  fc.constantFrom('"true"', '"1k"', '"2016-05-04T18:53:41Z"', '"$HOME"', '"42"', '""'),
);

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

const integerText = fc.oneof(
  fc.bigInt({ min: INT64_MIN, max: INT64_MAX }).map(String),
  fc.bigInt({ min: 2n ** 53n, max: INT64_MAX }).map(String),
  fc.integer({ min: -1000, max: 100_000 }).map(String),
  // Small enough that even the exabyte suffixes stay within int64.
  fc
    .tuple(fc.integer({ min: 0, max: 7 }), fc.constantFrom(...SIZE_SUFFIXES))
    .map(([base, suffix]) => `${base}${suffix}`),
  fc
    .tuple(fc.integer({ min: 0, max: 4096 }), fc.constantFrom("k", "KB", "mb", "M", "G"))
    .map(([base, suffix]) => `${base}${suffix}`),
);

const floatText = fc
  .tuple(fc.integer({ min: -100_000, max: 100_000 }), fc.integer({ min: 0, max: 999_999 }))
  .map(([whole, fraction]) => `${whole}.${fraction}`);

const booleanText = fc.constantFrom(...BOOLEAN_WORDS);

/** A node of generated config: a map, an array, or the text of a scalar. */
type ConfigNode =
  | { kind: "map"; entries: Array<[string, ConfigNode]> }
  | { kind: "array"; items: ConfigNode[] }
  | { kind: "scalar"; text: string };

const scalar = (text: fc.Arbitrary<string>): fc.Arbitrary<ConfigNode> =>
  text.map((t) => ({ kind: "scalar", text: t }));

function scalarOfType(type: string): fc.Arbitrary<ConfigNode> | undefined {
  switch (type) {
    case "string":
      return scalar(stringText);
    case "int64":
      return scalar(integerText);
    case "float64":
      return scalar(floatText);
    case "bool":
      return scalar(booleanText);
    default:
      return undefined;
  }
}

const anyScalar = fc.oneof(
  scalar(stringText),
  scalar(integerText),
  scalar(floatText),
  scalar(booleanText),
);

/** Keys that no schema block defines, so compile keeps them as written. */
const unknownKey = unquotedWord.map((word) => `x_${word}`);

/** Data keys such as account names: letters, digits and underscores, in any case. */
const dataKey = fc.stringMatching(/^[A-Za-z][A-Za-z0-9_]{0,8}$/);

/** Returns the spellings of a known key that the server reads as that key. */
function spellings(block: BlockSpec, key: KeySpec): string[] {
  const names = [key.name, ...(key.aliases ?? [])];
  if (block.keyCase !== "insensitive" || key.exactCase === true) return names;
  return names.flatMap((name) => [name, name.toUpperCase(), capitalise(name)]);
}

function capitalise(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

function arrayOf(item: fc.Arbitrary<ConfigNode>): fc.Arbitrary<ConfigNode> {
  return fc.array(item, { maxLength: 3 }).map((items) => ({ kind: "array", items }));
}

function valueFor(key: KeySpec, depth: number): fc.Arbitrary<ConfigNode> {
  const choices: Array<fc.Arbitrary<ConfigNode>> = [];
  if (key.block !== undefined && depth < MAX_DEPTH) {
    const block = blockMap(getBlock(key.block), depth + 1);
    if (key.types.includes("map")) choices.push(block);
    if (key.types.includes("array")) choices.push(arrayOf(block));
  }
  for (const type of key.types) {
    const generated = scalarOfType(type);
    if (generated !== undefined) choices.push(generated);
    if (type === "array" && key.block === undefined) {
      const itemTypes = key.items ?? ["string"];
      const items = itemTypes.map(scalarOfType).filter((item) => item !== undefined);
      if (items.length > 0) choices.push(arrayOf(fc.oneof(...items)));
    }
    if (type === "map" && key.block === undefined && depth < MAX_DEPTH) {
      choices.push(looseMap(depth + 1));
    }
  }
  return choices.length > 0 ? fc.oneof(...choices) : anyScalar;
}

/** Generates a map whose keys no block defines, as inside a map without a schema. */
function looseMap(depth: number): fc.Arbitrary<ConfigNode> {
  const value: fc.Arbitrary<ConfigNode> =
    depth < MAX_DEPTH ? fc.oneof(anyScalar, arrayOf(anyScalar), looseMapLeaf) : anyScalar;
  return fc
    .uniqueArray(fc.tuple(unknownKey, value), {
      maxLength: 3,
      selector: ([key]) => key.toLowerCase(),
    })
    .map((entries) => ({ kind: "map", entries }));
}

const looseMapLeaf: fc.Arbitrary<ConfigNode> = fc
  .uniqueArray(fc.tuple(unknownKey, anyScalar), {
    maxLength: 2,
    selector: ([key]) => key.toLowerCase(),
  })
  .map((entries) => ({ kind: "map", entries }));

function blockMap(block: BlockSpec, depth: number): fc.Arbitrary<ConfigNode> {
  if (block.dataEntries !== undefined) {
    const entries = block.dataEntries;
    const value: fc.Arbitrary<ConfigNode> =
      entries.block !== undefined && depth < MAX_DEPTH
        ? blockMap(getBlock(entries.block), depth + 1)
        : fc.oneof(
            ...entries.types.map(scalarOfType).filter((item) => item !== undefined),
            anyScalar,
          );
    return fc
      .uniqueArray(fc.tuple(dataKey, value), { maxLength: 3, selector: ([key]) => key })
      .map((pairs) => ({ kind: "map", entries: pairs }));
  }

  // Each known key at most once, under one of its spellings, so no two entries mean the same.
  const known = fc
    .shuffledSubarray([...block.keys], { maxLength: Math.min(4, block.keys.length) })
    .chain((keys) =>
      fc.tuple(
        ...keys.map((key) =>
          fc.tuple(fc.constantFrom(...spellings(block, key)), valueFor(key, depth)),
        ),
      ),
    );
  const unknown = fc.uniqueArray(fc.tuple(unknownKey, anyScalar), {
    maxLength: 1,
    selector: ([key]) => key.toLowerCase(),
  });
  return fc.tuple(known, unknown).map(([knownEntries, unknownEntries]) => ({
    kind: "map",
    entries: [...knownEntries, ...unknownEntries],
  }));
}

const SEPARATORS = ["\n", ",\n", ";\n", "\n\n"];
const ASSIGNMENTS = [": ", " = ", " "];

function render(node: ConfigNode, indent: string, style: number): string {
  switch (node.kind) {
    case "scalar":
      return node.text;
    case "array": {
      const items = node.items.map((item) => render(item, indent, style));
      // A space before ] because the lexer does not end an array at a ] right after a number.
      return `[${items.join(", ")} ]`;
    }
    case "map":
      return `{\n${renderEntries(node, `${indent}  `, style)}\n${indent}}`;
  }
}

function renderKey(key: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(key) ? key : `"${key}"`;
}

function renderEntries(node: ConfigNode & { kind: "map" }, indent: string, style: number): string {
  const lines = node.entries.map(([key, value], index) => {
    const assignment = ASSIGNMENTS[(style + index) % ASSIGNMENTS.length]!;
    return `${indent}${renderKey(key)}${assignment}${render(value, indent, style)}`;
  });
  return lines.join(SEPARATORS[style % SEPARATORS.length]!);
}

const configText = fc
  .tuple(blockMap(getBlock("top"), 0), fc.nat({ max: 11 }))
  .map(([top, style]) => `${renderEntries(top as ConfigNode & { kind: "map" }, "", style)}\n`);

// ---------------------------------------------------------------------------------------------
// Normalising value trees

/** A value tree with typed leaves, such as "int64:42", and maps as plain objects. */
type Normalised = string | Normalised[] | { [key: string]: Normalised };

const LISTEN_KEYS = new Set(["listen", "http", "https"]);
const STORAGE_SHIFTS: Readonly<Record<string, bigint>> = { K: 10n, M: 20n, G: 30n, T: 40n };

function leaf(value: Value): string {
  switch (value.type) {
    case "int64":
      return `int64:${value.value}`;
    case "float64":
      return `float64:${value.value}`;
    case "array":
    case "map":
      throw new Error(`leaf() takes a scalar, not a ${value.type}`);
    default:
      return `${value.type}:${String(value.value)}`;
  }
}

/**
 * Rewrites a known key's value into one form where nats-server reads several forms alike.
 * A listen port alone means ":port", and a quoted JetStream size with K, M, G or T means bytes.
 * `jetstream: true` or "enabled" means `{ enable: true }`. A publish or subscribe subject or
 * list means `{ allow: [...] }`, and a string where a list of strings is allowed means a
 * one-item list. A mapping weight string ("40%") means its integer, and an account list
 * means a map of accounts without options. A whole number of seconds written as a duration
 * string ("5s", "2m") for a key read as seconds means that number. A compression switch means its mode ("off", or the block's default when on),
 * and a compression map with only a mode means that mode. Returns undefined when the value
 * has no other form.
 */
function rewriteKnown(block: BlockSpec, key: KeySpec, value: Value): Normalised | undefined {
  if (LISTEN_KEYS.has(key.name) && key.meaning === "host-port" && value.type === "int64") {
    return `string::${value.value}`;
  }
  if (key.meaning === "size" && value.type === "string") {
    const match = /^([+-]?[0-9]+)([KMGT])$/.exec(value.value);
    if (value.value === "") return "int64:0";
    if (match !== null) {
      const bytes = BigInt.asIntN(64, BigInt(match[1]!) << STORAGE_SHIFTS[match[2]!]!);
      return `int64:${bytes}`;
    }
  }
  if (block.id === "top" && key.name === "jetstream") {
    if (value.type === "bool") return { enable: `bool:${value.value}` };
    if (value.type === "string") {
      const word = value.value.toLowerCase();
      if (word === "enabled" || word === "enable") return { enable: "bool:true" };
      if (word === "disabled" || word === "disable") return { enable: "bool:false" };
    }
  }
  if (block.id === "mapping-destination" && key.name === "weight" && value.type === "string") {
    const match = /^([+-]?[0-9]{1,3})%?$/.exec(value.value);
    const weight = match === null ? undefined : Number(match[1]);
    if (weight !== undefined && weight >= 0 && weight <= 100) return `int64:${weight}`;
  }
  if (block.id === "top" && key.name === "accounts" && value.type === "array") {
    const names = value.items.map((item) => (item.type === "string" ? item.value : undefined));
    const unique = new Set(names).size === names.length;
    if (unique && names.every((name) => name !== undefined)) {
      return Object.fromEntries(names.map((name) => [name, {}]));
    }
  }
  if (key.meaning === "seconds" && value.type === "string") {
    const parsed = parseGoDuration(value.value);
    if (parsed.ok && parsed.nanoseconds % 1_000_000_000n === 0n) {
      return `int64:${parsed.nanoseconds / 1_000_000_000n}`;
    }
  }
  if (key.block === "compression") {
    if (value.type === "bool" && !value.value) return "string:off";
    if (value.type === "bool") return block.id === "cluster" ? "string:s2_fast" : "string:s2_auto";
    const entries = value.type === "map" ? [...value.entries.values()] : [];
    const mode =
      entries.length === 1 && entries[0]!.key.toLowerCase() === "mode" ? entries[0]! : undefined;
    if (mode?.value.type === "string") return leaf(mode.value);
  }
  if (block.id === "permissions" && (key.name === "publish" || key.name === "subscribe")) {
    if (value.type === "string") return { allow: [leaf(value)] };
    if (value.type === "array" && value.items.length > 0) {
      return { allow: value.items.map((item) => normaliseValue(item, null)) };
    }
  }
  const stringOrList = key.types.includes("string") && key.types.includes("array");
  if (value.type === "string" && stringOrList && key.block === undefined) return [leaf(value)];
  return undefined;
}

function isTrue(map: MapValue, block: BlockSpec, name: string): boolean {
  for (const entry of map.entries.values()) {
    if (findKey(block, entry.key)?.name !== name) continue;
    if (entry.value.type === "bool" && entry.value.value) return true;
  }
  return false;
}

/**
 * Normalises a parsed map the way compile documents its output: known option names become
 * their canonical names, keys that only serve as $variables are dropped, and `verify` is
 * dropped where `verify_and_map: true` implies it. Data keys and unknown keys stay as written.
 */
function normaliseMap(map: MapValue, block: BlockSpec | null): { [key: string]: Normalised } {
  const out: { [key: string]: Normalised } = {};
  const verifyImplied = block?.id === "tls" && isTrue(map, block, "verify_and_map");
  for (const entry of map.entries.values()) {
    if (block === null) {
      out[entry.key] = normaliseValue(entry.value, null);
      continue;
    }
    const data = block.dataEntries;
    if (data !== undefined) {
      if (entry.usedAsVariable && data.skipsVariables === true) continue;
      const child = data.block === undefined ? null : getBlock(data.block);
      out[entry.key] = normaliseValue(entry.value, child);
      continue;
    }
    const known = findKey(block, entry.key);
    if (known === undefined) {
      if (entry.usedAsVariable && block.variablesAllowed) continue;
      out[entry.key] = normaliseValue(entry.value, null);
      continue;
    }
    if (verifyImplied && known.name === "verify") continue;
    const child = known.block === undefined ? null : getBlock(known.block);
    out[known.name] = rewriteKnown(block, known, entry.value) ?? normaliseValue(entry.value, child);
  }
  return out;
}

function normaliseValue(value: Value, block: BlockSpec | null): Normalised {
  if (value.type === "map") return normaliseMap(value, block);
  if (value.type === "array") return value.items.map((item) => normaliseValue(item, block));
  return leaf(value);
}

// ---------------------------------------------------------------------------------------------
// Properties

function load(path: string, text: string): LoadedConfig {
  const loaded = loadConfigText(path, text, { env: {} });
  const errors = loaded.diagnostics
    .filter((d) => d.severity === "error")
    .map((d) => `${d.code} ${d.message}`);
  expect(errors, `${path} has syntax errors:\n${text}`).toEqual([]);
  return loaded;
}

function compileText(path: string, text: string): { loaded: LoadedConfig; json: string } {
  const loaded = load(path, text);
  const compiled = compileConfig(loaded, { indent: 2 });
  const problems = compiled.diagnostics.map((d) => `${d.code} ${d.message}`);
  expect(problems, `compile reported problems for:\n${text}`).toEqual([]);
  expect(compiled.json).not.toBeNull();
  return { loaded, json: compiled.json! };
}

describe("compile on generated configs", () => {
  test("generated configs parse", () => {
    fc.assert(
      fc.property(configText, (text) => {
        load("/virtual/generated.conf", text);
      }),
      { numRuns: 1000 },
    );
  });

  test("compiling compiled JSON is idempotent", () => {
    fc.assert(
      fc.property(configText, (text) => {
        const first = compileText("/virtual/generated.conf", text);
        const second = compileText("/virtual/compiled.json", first.json);
        expect(second.json).toBe(first.json);
      }),
      { numRuns: 1000 },
    );
  });

  test("compiled JSON keeps the value tree", () => {
    fc.assert(
      fc.property(configText, (text) => {
        const first = compileText("/virtual/generated.conf", text);
        const readBack = load("/virtual/compiled.json", first.json);
        const top = getBlock("top");
        expect(normaliseMap(readBack.root, top)).toEqual(normaliseMap(first.loaded.root, top));
      }),
      { numRuns: 1000 },
    );
  });
});
