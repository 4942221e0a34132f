// The --env-file format: NAME=VALUE lines in the common dotenv subset.

import { describe, expect, test } from "vitest";

import { parseEnvFile } from "../../src/cli/env-file.js";

function variables(text: string): Record<string, string> {
  const result = parseEnvFile("d.env", text);
  expect(result.ok, result.ok ? "" : result.message).toBe(true);
  return result.ok ? Object.fromEntries(result.variables) : {};
}

function failure(text: string): string {
  const result = parseEnvFile("d.env", text);
  expect(result.ok).toBe(false);
  return result.ok ? "" : result.message;
}

describe("parseEnvFile", () => {
  test("bare, quoted and exported values", () => {
    expect(
      variables(
        [
          "# comment",
          "",
          "A=plain value  # note",
          "export B=2",
          "C='single $HOME \\n'",
          'D="tab\\tquote\\" dollar\\$ cr\\r"',
          "E=",
          "F=a#b",
        ].join("\n"),
      ),
    ).toEqual({
      A: "plain value",
      B: "2",
      C: "single $HOME \\n",
      D: 'tab\tquote" dollar$ cr\r',
      E: "",
      F: "a#b",
    });
  });

  test("Windows line endings and a BOM", () => {
    expect(variables("\uFEFFA=1\r\nB=2\r\n")).toEqual({ A: "1", B: "2" });
  });

  test("later line wins", () => {
    expect(variables("A=1\nA=2\n")).toEqual({ A: "2" });
  });

  test("line without = names the line", () => {
    expect(failure("A=1\njust text\n")).toBe('d.env:2: expected NAME=VALUE; this line has no "="');
  });

  test("invalid name not quoted", () => {
    const message = failure("A=c2VjcmV0\nc2VjcmV0/A==\n");
    expect(message).toContain("d.env:2:");
    expect(message).not.toContain("c2VjcmV0");
  });

  test("unclosed quote", () => {
    expect(failure('A="open\n')).toBe("d.env:1: the quoted value of A has no closing quote");
  });

  test("text after the closing quote", () => {
    expect(failure('A="x" junk\n')).toContain("text follows the closing quote of A's value");
    expect(variables('A="x"  # fine\n')).toEqual({ A: "x" });
  });
});
