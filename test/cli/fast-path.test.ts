// The fast path reads simple lint and fmt command lines without yargs. It must
// read each of them exactly as yargs does, and leave everything else to yargs.

import { describe, expect, test } from "vitest";

import { parseSimple } from "../../src/cli/fast-path.js";
import { parseArguments } from "../../src/cli/main.js";

/** The argv keys that runCommand reads for lint and fmt. */
const KEYS = ["files", "format", "quiet", "color", "checkFiles", "write", "check", "diff"];

function argvOf(parsed: { argv: Record<string, unknown> }): Record<string, unknown> {
  return Object.fromEntries(KEYS.map((key) => [key, parsed.argv[key]]));
}

describe("parseSimple", () => {
  test.each([
    [["lint", "server.conf"]],
    [["lint", "a.conf", "b.conf", "conf/"]],
    [["lint", "--quiet", "a.conf"]],
    [["lint", "a.conf", "--no-color", "--check-files"]],
    [["lint", "--no-check-files", "--color", "a.conf"]],
    [["lint", "--format", "sarif", "a.conf"]],
    [["lint", "a.conf", "--format", "compact", "--quiet"]],
    [["lint", "-", "--quiet"]],
    [["lint", "123"]],
    [["fmt", "a.conf"]],
    [["fmt", "--write", "a.conf", "b.conf"]],
    [["fmt", "--check", "--diff", "a.conf"]],
    [["fmt", "--no-color", "-"]],
  ])("reads %j as yargs does", (args) => {
    const simple = parseSimple(args);
    expect(simple).toBeDefined();
    const withStdin = args.map((argument) => (argument === "-" ? "\u0000stdin" : argument));
    const full = parseArguments(withStdin);
    expect(full.error).toBeUndefined();
    expect(simple!.command).toBe(full.command);
    expect(argvOf(simple!)).toEqual(argvOf(full));
  });

  test.each([
    [[]],
    [["--help"]],
    [["lint"]],
    [["lint", "--help"]],
    [["lint", "a.conf", "--max-warnings", "0"]],
    [["lint", "a.conf", "--server-version=2.9"]],
    [["lint", "a.conf", "--format", "xml"]],
    [["lint", "a.conf", "--format"]],
    [["lint", "a.conf", "-q"]],
    [["lint", "a.conf", "--"]],
    [["fmt", "a.conf", "--quiet"]],
    [["compile", "a.conf"]],
    [["whois", "c.pem", "--config", "a.conf"]],
  ])("leaves %j to yargs", (args) => {
    expect(parseSimple(args)).toBeUndefined();
  });
});
