// Property tests: random configs, written with random separators, quotes,
// spacing and comments, keep their syntax tree and their comments through fmt,
// and fmt is idempotent on them.

import fc from "fast-check";
import { expect, test } from "vitest";

import { formatText, kept } from "../../src/fmt/format.js";
import { sameStatements } from "../../src/fmt/same-tree.js";
import { SourceFile } from "../../src/source.js";
import { parseSource } from "../../src/syntax/parse.js";
import { commentTexts } from "./helpers.js";

/** Characters that make quoting decisions hard: quotes, separators, comment markers, escapes. */
const TRICKY = [..."abcxyz019 .-_:/#$,;=[]{}()'\"\\*>@\t"];

const trickyString = fc
  .array(fc.constantFrom(...TRICKY), { maxLength: 10 })
  .map((chars) => chars.join(""));

function doubleQuote(value: string): string {
  return `"${value.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
}

const scalar: fc.Arbitrary<string> = fc.oneof(
  fc
    .tuple(fc.integer({ min: -999, max: 99999 }), fc.constantFrom("", "k", "KB", "m", "Gi", "mb"))
    .map(([n, suffix]) => `${n}${suffix}`),
  fc.tuple(fc.nat(99), fc.nat(99)).map(([a, b]) => `${a}.${b}`),
  fc.constantFrom("true", "False", "yes", "NO", "on", "off"),
  trickyString.map(doubleQuote),
  trickyString.filter((s) => !s.includes("'")).map((s) => `'${s}'`),
  fc.stringMatching(/^[a-z][a-z0-9._:/>*-]{0,8}$/),
  fc.constantFrom(
    "2016-05-04T18:53:41Z",
    "$var",
    "127.0.0.1:4222",
    "nats://host:4222",
    "3xyz",
    '"1k"',
    '"2s"',
    '""',
    "\\x41b",
  ),
);

const key: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: fc.stringMatching(/^[a-z][a-z0-9_]{0,5}$/) },
  { weight: 1, arbitrary: fc.constantFrom('"a b"', "'x.y'", '"include"', "a.b", "$k", '"1"') },
);

const separator = fc.constantFrom(" = ", "=", ": ", ":", " ");
const comment = fc.constantFrom("", "", " # note", " // note", "# trailing  ");
const gap = fc.constantFrom("\n", "\n\n", "\n\n\n", ";\n", "\n# own line\n", "\n  // own\n\n");

type Tree =
  | { kind: "scalar"; text: string }
  | { kind: "map"; entries: [string, Tree][] }
  | {
      kind: "array";
      items: Tree[];
    };

const tree = fc.letrec<{ value: Tree; map: Tree; array: Tree }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    { weight: 6, arbitrary: scalar.map((text) => ({ kind: "scalar", text }) as Tree) },
    { weight: 1, arbitrary: tie("map") },
    { weight: 1, arbitrary: tie("array") },
  ),
  map: fc
    .array(fc.tuple(key, tie("value")), { maxLength: 4 })
    .map((entries) => ({ kind: "map", entries }) as Tree),
  array: fc
    .array(tie("value"), { maxLength: 4 })
    .map((items) => ({ kind: "array", items }) as Tree),
}));

/** Writes a tree as config text, with choices drawn from `pick`. */
function render(value: Tree, pick: () => number, depth: number): string {
  const indent = "  ".repeat(depth);
  const choose = <T>(options: readonly T[]): T => options[pick() % options.length]!;
  switch (value.kind) {
    case "scalar":
      return value.text;
    case "map": {
      const body = value.entries
        .map(
          ([k, v]) =>
            `${indent}  ${k}${choose([" = ", ": ", " "])}${render(v, pick, depth + 1)}${choose(["", " # in map"])}`,
        )
        .join(choose(["\n", ",\n", ";\n", "\n\n"]));
      return `{\n${body}\n${indent}}`;
    }
    case "array": {
      const items = value.items.map((item) => render(item, pick, depth + 1));
      // A space before ] keeps a number from swallowing the bracket.
      return choose([
        `[${items.join(", ")} ]`,
        `[\n${items.map((i) => `${indent}  ${i}`).join(",\n")}\n${indent}]`,
        `[ # open\n${items.join("\n")}\n]`,
      ]);
    }
  }
}

const document = fc
  .tuple(
    fc.array(fc.tuple(key, separator, tree.value, comment, gap), { maxLength: 8 }),
    fc.infiniteStream(fc.nat()),
    fc.constantFrom("", "# header\n\n"),
  )
  .map(([entries, stream, header]) => {
    const iterator = stream[Symbol.iterator]();
    const pick = (): number => iterator.next().value as number;
    let text = header;
    for (const [k, sep, value, trailing, after] of entries) {
      const rendered = render(value, pick, 0);
      text += `${k}${sep}${rendered}${trailing}${after}`;
    }
    return text;
  });

function parse(text: string) {
  return parseSource(new SourceFile("<property>", text));
}

test("fmt keeps meaning and comments", () => {
  let accepted = 0;
  fc.assert(
    fc.property(document, (text) => {
      const original = parse(text);
      if (original.diagnostics.some((d) => d.severity === "error")) return;
      accepted++;
      const result = formatText(text);
      if (!result.ok) {
        const detail = result.reason === "syntax" ? result.diagnostics[0]?.message : result.message;
        expect.fail(`fmt rejected a valid input: ${detail}\n${text}`);
        return;
      }
      const again = parse(result.text);
      expect(again.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
      expect(
        sameStatements(
          kept(original.document.statements),
          kept(again.document.statements),
          text,
          result.text,
        ),
      ).toBeNull();
      expect(commentTexts(result.text)).toEqual(commentTexts(text));
      const second = formatText(result.text);
      expect(second.ok).toBe(true);
      if (second.ok) expect(second.text).toBe(result.text);
    }),
    { numRuns: 400 },
  );
  // Most generated inputs must be valid, or the property tests little.
  expect(accepted).toBeGreaterThan(200);
});

test("quoted strings unquote only when safe", () => {
  fc.assert(
    fc.property(trickyString, fc.constantFrom('"', "'"), (value, quote) => {
      if (quote === "'" && value.includes("'")) return;
      const literal = quote === '"' ? doubleQuote(value) : `'${value}'`;
      const text = `k = ${literal}\nlist = [${literal}, x ]\n`;
      const original = parse(text);
      if (original.diagnostics.some((d) => d.severity === "error")) return;
      const result = formatText(text);
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      const again = parse(result.text);
      expect(
        sameStatements(original.document.statements, again.document.statements, text, result.text),
      ).toBeNull();
    }),
    { numRuns: 1000 },
  );
});
