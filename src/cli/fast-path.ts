// Reads the simplest command lines without yargs: `lint` or `fmt`, file
// arguments, and a few switches, as pre-commit hooks and CI jobs run them.
// Loading and setting up yargs took more than a quarter of a small lint's start-up.
// Anything else (help, other options, odd spellings) returns undefined, and
// main.ts parses it with yargs. test/cli/fast-path.test.ts checks that both
// parsers read every accepted command line the same way.

import { FORMAT_NAMES } from "./format/types.js";
import { STDIN_ARGUMENT, type ParsedArguments } from "./run.js";

/** The switches each command accepts on the fast path, as yargs names them in argv. */
const SWITCHES: Readonly<Record<string, Readonly<Record<string, readonly [string, boolean]>>>> = {
  lint: {
    "--quiet": ["quiet", true],
    "--color": ["color", true],
    "--no-color": ["color", false],
    "--check-files": ["checkFiles", true],
    "--no-check-files": ["checkFiles", false],
  },
  fmt: {
    "--write": ["write", true],
    "--check": ["check", true],
    "--diff": ["diff", true],
    "--color": ["color", true],
    "--no-color": ["color", false],
  },
};

/** Defaults that yargs puts in argv for options that are not given. */
const DEFAULTS: Readonly<Record<string, Readonly<Record<string, unknown>>>> = {
  lint: {},
  fmt: { write: false, check: false, diff: false },
};

/** Returns the parsed command line, or undefined when yargs must read it. */
export function parseSimple(args: readonly string[]): ParsedArguments | undefined {
  const [command, ...rest] = args;
  const switches = command === undefined ? undefined : SWITCHES[command];
  if (command === undefined || switches === undefined) return undefined;
  const argv: Record<string, unknown> = { ...DEFAULTS[command] };
  const files: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const argument = rest[i]!;
    if (argument === "-") {
      files.push(STDIN_ARGUMENT);
    } else if (!argument.startsWith("-")) {
      files.push(argument);
    } else if (command === "lint" && argument === "--format") {
      const format = rest[i + 1];
      if (format === undefined || !(FORMAT_NAMES as readonly string[]).includes(format)) {
        return undefined;
      }
      argv["format"] = format;
      i++;
    } else {
      const known = switches[argument];
      if (known === undefined) return undefined;
      argv[known[0]] = known[1];
    }
  }
  if (files.length === 0) return undefined;
  argv["files"] = files;
  return { command, argv, output: "", error: undefined };
}
