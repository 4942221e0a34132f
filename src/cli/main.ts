// Command-line entry: parses arguments with yargs and runs one command. Each
// command's module is imported only when it runs, so `--help` stays fast.

import yargs, { type Argv } from "yargs";

import { EXIT, type Io } from "./io.js";

/** Set from package.json by scripts/build.mjs; tests run the sources, which have none. */
declare const NATSCONF_VERSION: string | undefined;
const VERSION = typeof NATSCONF_VERSION === "string" ? NATSCONF_VERSION : "development build";

interface ParsedArguments {
  command: string | undefined;
  argv: Record<string, unknown>;
  /** Help or version text that yargs produced instead of a command. */
  output: string;
  error: string | undefined;
}

function colorOption(argv: Argv): Argv {
  return argv.option("color", {
    type: "boolean",
    describe: "Colour the output (--no-color turns it off; NO_COLOR and FORCE_COLOR are honoured)",
  });
}

function parseArguments(args: string[]): ParsedArguments {
  const parser = yargs()
    .scriptName("natsconf")
    .usage("$0 <command> [options]\n\nLint and compile nats-server configuration files.")
    .command(
      "lint <files..>",
      "Check config files and report every problem with its location",
      (command) =>
        colorOption(command)
          .positional("files", { type: "string", array: true, describe: "Config files to check" })
          .option("max-warnings", {
            type: "number",
            describe: "Exit with code 1 when there are more warnings than this number",
          }),
    )
    .command(
      "compile <file>",
      "Resolve includes and variables and write normalised JSON for nats-server",
      (command) =>
        colorOption(command)
          .positional("file", { type: "string", describe: "The main config file" })
          .option("output", {
            alias: "o",
            type: "string",
            describe: "Write the JSON to this file (atomically) instead of stdout",
          })
          .option("indent", {
            type: "number",
            default: 2,
            describe: "Spaces per indentation level; 0 writes one line",
          }),
    )
    .command(
      "parse <file>",
      "Print the value tree that nats-server's parser builds, as typed JSON",
      (command) =>
        colorOption(command).positional("file", { type: "string", describe: "The config file" }),
    )
    .demandCommand(1, "Give a command: lint, compile or parse.")
    .strict()
    .exitProcess(false)
    .help()
    .version(VERSION)
    .epilog(
      "Exit codes: 0 no errors; 1 errors found, or too many warnings; 2 usage error, unreadable file or internal error.",
    )
    .wrap(Math.min(100, process.stdout.columns ?? 100));

  let result: ParsedArguments = { command: undefined, argv: {}, output: "", error: undefined };
  parser.parse(args, {}, (error, argv, output) => {
    result = {
      command: typeof argv._[0] === "string" ? argv._[0] : undefined,
      argv: argv as Record<string, unknown>,
      output,
      error: error?.message,
    };
  });
  return result;
}

function optionalNumber(value: unknown): number | undefined {
  return typeof value === "number" && !Number.isNaN(value) ? value : undefined;
}

function optionalBoolean(value: unknown): boolean | undefined {
  return typeof value === "boolean" ? value : undefined;
}

async function runCommand(parsed: ParsedArguments, io: Io): Promise<number> {
  const argv = parsed.argv;
  const color = optionalBoolean(argv["color"]);
  switch (parsed.command) {
    case "lint": {
      const { lint } = await import("./commands/lint.js");
      return lint(
        {
          files: argv["files"] as string[],
          maxWarnings: optionalNumber(argv["maxWarnings"]),
          color,
        },
        io,
      );
    }
    case "compile": {
      const indent = optionalNumber(argv["indent"]) ?? 2;
      if (indent < 0 || indent > 16 || !Number.isInteger(indent)) {
        io.stderr("natsconf: --indent takes a whole number from 0 to 16.\n");
        return EXIT.failure;
      }
      const { compile } = await import("./commands/compile.js");
      const output = typeof argv["output"] === "string" ? argv["output"] : undefined;
      return compile({ file: argv["file"] as string, output, indent, color }, io);
    }
    case "parse": {
      const { parse } = await import("./commands/parse.js");
      return parse({ file: argv["file"] as string, color }, io);
    }
    default:
      io.stderr(`natsconf: unknown command ${parsed.command}\n`);
      return EXIT.failure;
  }
}

export async function main(args: string[], io: Io): Promise<number> {
  const parsed = parseArguments(args);
  if (parsed.error !== undefined) {
    io.stderr(`natsconf: ${parsed.error}\nRun "natsconf --help" for usage.\n`);
    return EXIT.failure;
  }
  if (parsed.output !== "") {
    io.stdout(`${parsed.output}\n`);
    return EXIT.ok;
  }
  try {
    return await runCommand(parsed, io);
  } catch (error) {
    const detail = io.env["NATSCONF_DEBUG"]
      ? `\n${error instanceof Error ? error.stack : String(error)}`
      : "";
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(
      `natsconf: internal error: ${message}. Please report this with the input that caused it.${detail}\n`,
    );
    return EXIT.failure;
  }
}
