// Property tests: whatever the input, natsconf returns a tree or diagnostics and
// never throws, hangs or reports a range outside the text.

import fc from "fast-check";
import { describe, expect, test } from "vitest";

import { tokenize } from "../../grammar/lexer.js";
import { checkLoaded } from "../../src/check.js";
import { loadConfigText } from "../../src/resolve/load.js";

/** Pieces of config syntax, so that random inputs reach deep into the grammar. */
const FRAGMENTS = [
  "a",
  "port",
  "include",
  "include ",
  "tls",
  " ",
  "\t",
  "\n",
  "\r\n",
  "\r",
  "=",
  ":",
  ";",
  ",",
  "{",
  "}",
  "[",
  "]",
  "(",
  ")",
  "\n)\n",
  '"',
  "'",
  "\\",
  "\\x4",
  "\\t",
  "#",
  "//",
  "/",
  "$",
  "$a",
  "$2a$",
  "1",
  "42",
  "-",
  "-7",
  ".",
  "1.5",
  "1.2.3.4",
  "1k",
  "1kb",
  "1kbb",
  "4e2",
  "2016-05-04T18:53:41Z",
  "2016-",
  "true",
  "NO",
  "null",
  "é",
  "\u00a0",
  "\u2028",
  "\ufeff",
  "\u0000",
  "CN=a,OU=b",
  "verify_and_map: true",
];

const configText = fc
  .array(fc.constantFrom(...FRAGMENTS), { maxLength: 60 })
  .map((parts) => parts.join(""));
const anyText = fc.oneof(
  fc.string({ unit: "binary", maxLength: 200 }),
  fc.string({ maxLength: 200 }),
  configText,
);

function checkRanges(text: string): void {
  const loaded = loadConfigText("property.conf", text, { env: {} });
  const checked = checkLoaded(loaded);
  for (const diagnostic of checked.diagnostics) {
    if (diagnostic.file !== "property.conf") continue;
    expect(diagnostic.range.start.offset).toBeGreaterThanOrEqual(0);
    expect(diagnostic.range.end.offset).toBeGreaterThanOrEqual(diagnostic.range.start.offset);
    expect(diagnostic.range.end.offset).toBeLessThanOrEqual(Math.max(text.length, 1));
    expect(diagnostic.message.length).toBeGreaterThan(0);
  }
}

describe("any input", () => {
  test("tokenize never throws and tokens stay in order", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const result = tokenize(text);
        let previous = 0;
        for (const token of result.tokens) {
          expect(token.startOffset).toBeGreaterThanOrEqual(previous);
          expect(token.startOffset).toBeLessThanOrEqual(text.length);
          previous = token.startOffset;
        }
      }),
      { numRuns: 3000 },
    );
  });

  test("lint never throws and ranges stay in the text", () => {
    fc.assert(fc.property(anyText, checkRanges), { numRuns: 2000 });
  });

  test("maps and arrays always close", () => {
    fc.assert(
      fc.property(configText, (text) => {
        let depth = 0;
        for (const token of tokenize(text).tokens) {
          const name = token.tokenType.name;
          if (name === "MapStart" || name === "ArrayStart") depth++;
          if (name === "MapEnd" || name === "ArrayEnd") depth--;
          expect(depth).toBeGreaterThanOrEqual(0);
        }
        expect(depth).toBe(0);
      }),
      { numRuns: 3000 },
    );
  });
});
