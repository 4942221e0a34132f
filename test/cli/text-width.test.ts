// The bundle measures text with src/cli/text-width.ts in place of string-width.
// It must agree with string-width on the text that yargs lays out, and on the
// common wide and zero-width characters.

import stringWidth from "string-width";
import { describe, expect, test } from "vitest";

import textWidth from "../../src/cli/text-width.js";
import { runCli } from "../support/cli.js";

const SAMPLES = [
  "",
  "natsconf lint <files..>",
  '  --format  Report format  [string] [choices: "stylish", "json"]',
  "\u001b[1m\u001b[31merror\u001b[39m\u001b[22m bold red",
  "\u001b]8;;https://example.com\u0007link\u001b]8;;\u0007",
  "tab\there",
  "caf\u00e9 and cafe\u0301",
  "\u65e5\u672c\u8a9e\u306e\u30c6\u30ad\u30b9\u30c8",
  "\ud55c\uad6d\uc5b4",
  "\uff21\uff22\uff23 fullwidth",
  "\u{1f600} grin",
  "zero\u200bwidth",
];

describe("textWidth", () => {
  test.each(SAMPLES)("agrees with string-width on %j", (sample) => {
    expect(textWidth(sample)).toBe(stringWidth(sample));
  });
});

describe("help text", () => {
  const commands = ["", "lint", "compile", "fmt", "parse", "rules", "explain", "whois"];
  test.each(commands)("of %j is ASCII", (command) => {
    const result = runCli(command === "" ? ["--help"] : [command, "--help"]);
    expect(result.status).toBe(0);
    expect(result.stdout.length).toBeGreaterThan(100);
    expect(result.stdout).toMatch(/^[\x09\x0a\x20-\x7e]*$/);
  });
});
