// Command-line entry: parses arguments with yargs and runs one command. Each
// command's module is imported only when it runs, so `--help` stays fast.

import yargs, { type Argv } from "yargs";

import {
  checkTargetVersion,
  DEFAULT_SERVER_VERSION,
  parseServerVersion,
  type ServerVersion,
} from "../target/version.js";
import { FORMAT_NAMES, type FormatName } from "./format/types.js";
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

/** Stands for a `-` argument while yargs parses, because yargs drops a bare `-`. */
const STDIN_ARGUMENT = "\u0000stdin";

function colorOption(argv: Argv): Argv {
  return argv
    .option("color", {
      type: "boolean",
      describe:
        "Colour the output (--no-color turns it off; NO_COLOR and FORCE_COLOR are honoured)",
    })
    .option("stdin-filename", {
      type: "string",
      describe:
        "With - as the file: the path to report, and the directory includes resolve against",
    });
}

/**
 * Stops yargs from rendering the help text each time it runs a command. yargs 18 keeps that
 * text for a later showHelp(), which natsconf never calls, and rendering it (string widths
 * and wrapping of every option) took about 20 ms of each command's start-up. Without the
 * internal method, as in another yargs release, nothing changes.
 */
function skipHelpCache(parser: Argv): void {
  type Internals = { getUsageInstance?: () => { cacheHelpMessage?: () => void } };
  const withInternals = parser as unknown as { getInternalMethods?: () => Internals };
  const usage = withInternals.getInternalMethods?.().getUsageInstance?.();
  if (typeof usage?.cacheHelpMessage === "function") usage.cacheHelpMessage = () => {};
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
          .positional("files", {
            type: "string",
            array: true,
            describe: "Config files, directories (searched for *.conf) and glob patterns to check",
          })
          .option("format", {
            alias: "f",
            type: "string",
            choices: FORMAT_NAMES,
            describe:
              "Output format (default: github inside GitHub Actions, else stylish); see docs/output-formats.md",
          })
          .option("output-file", {
            type: "string",
            describe: "Write the report to this file (atomically) instead of stdout",
          })
          .option("quiet", {
            type: "boolean",
            describe: "Report errors only; warnings still count for --max-warnings",
          })
          .option("env-file", {
            type: "string",
            describe:
              "Read $VARIABLES from this NAME=VALUE file, on top of the environment; the file wins",
          })
          .option("max-warnings", {
            type: "number",
            describe: "Exit with code 1 when there are more warnings than this number",
          })
          .option("server-version", {
            type: "string",
            describe: `nats-server version to check against, such as 2.10 or 2.9.10 (default: "serverVersion" of .natsconf.json, else ${DEFAULT_SERVER_VERSION})`,
          })
          .option("check-files", {
            type: "boolean",
            describe:
              'Read the certificate, key and CA files that tls blocks name and report broken ones (default: "checkFiles" of .natsconf.json, else off)',
          })
          .option("cwd", {
            type: "string",
            describe:
              "With --check-files: the directory nats-server runs in, which relative file paths resolve against (default: the current directory)",
          })
          .option("expiry-days", {
            type: "number",
            describe:
              'With --check-files: warn about certificates that expire within this many days (default: "expiryDays" of .natsconf.json, else 30)',
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
            describe: "Spaces per indentation level (default 2); 0 writes one line",
          })
          .option("pretty", {
            type: "boolean",
            describe: "Indent the JSON by 2 spaces per level (the default)",
          })
          .option("compact", {
            type: "boolean",
            describe: "Write the JSON on one line",
          })
          .option("server-version", {
            type: "string",
            describe: `nats-server version whose option names and forms to write, such as 2.10 or 2.9.10 (default: "serverVersion" of .natsconf.json, else ${DEFAULT_SERVER_VERSION})`,
          })
          .option("env-file", {
            type: "string",
            describe:
              "Read $VARIABLES from this NAME=VALUE file, on top of the environment; the file wins",
          })
          .option("redact", {
            type: "boolean",
            default: false,
            describe:
              "Replace passwords, tokens, encryption keys and nkey seeds with [REDACTED]; for logs and reviews, not for deploys",
          })
          .option("show-sources", {
            type: "boolean",
            default: false,
            describe:
              "Also print where each key of the output was set (file:line:column); to stderr when the JSON goes to stdout",
          }),
    )
    .command(
      "fmt <files..>",
      "Rewrite config files in one layout, keeping every comment (see docs/fmt.md)",
      (command) =>
        colorOption(command)
          .positional("files", {
            type: "string",
            array: true,
            describe: "Config files to format; - reads standard input",
          })
          .option("write", {
            type: "boolean",
            default: false,
            describe: "Rewrite the files in place (atomically, keeping their mode)",
          })
          .option("check", {
            type: "boolean",
            default: false,
            describe: "List the files that are not formatted and exit with code 1 if any",
          })
          .option("diff", {
            type: "boolean",
            default: false,
            describe: "Print a unified diff of what formatting changes",
          }),
    )
    .command(
      "parse <file>",
      "Print the value tree that nats-server's parser builds, as typed JSON",
      (command) =>
        colorOption(command).positional("file", { type: "string", describe: "The config file" }),
    )
    .command("rules", "List every rule with its default severity", (command) =>
      colorOption(command).option("json", {
        type: "boolean",
        default: false,
        describe: "Print the list as JSON",
      }),
    )
    .command("explain <rule>", "Print the documentation of a rule", (command) =>
      command.positional("rule", { type: "string", describe: "A rule id, such as value-type" }),
    )
    .command(
      "whois [certificate]",
      "Show which configured user a client certificate logs in as with verify_and_map, and why",
      (command) =>
        command
          .positional("certificate", {
            type: "string",
            describe: "The client certificate: a PEM or DER file, or - for standard input",
          })
          .option("config", {
            alias: "c",
            type: "string",
            describe: "The nats-server config file",
          })
          .option("subject", {
            type: "string",
            describe:
              'Check a subject DN instead of a certificate: "CN=alice,O=Example" (RFC 4514 order) or "/O=Example/CN=alice" (OpenSSL -subj order)',
          })
          .option("email", {
            type: "string",
            describe: "With --subject: an email SAN (repeat for several, in certificate order)",
          })
          .option("dns", {
            type: "string",
            describe: "With --subject: a DNS SAN (repeatable)",
          })
          .option("uri", {
            type: "string",
            describe: "With --subject: a URI SAN (repeatable)",
          })
          .option("listener", {
            type: "string",
            choices: ["client", "websocket", "mqtt", "leafnode"],
            default: "client",
            describe: "The listener the client connects to",
          })
          .option("server-version", {
            type: "string",
            describe: `nats-server version whose mapping to follow, such as 2.14 or 2.9.10 (default: "serverVersion" of .natsconf.json, else ${DEFAULT_SERVER_VERSION})`,
          })
          .option("json", {
            type: "boolean",
            default: false,
            describe: "Print the result as JSON (see docs/whois.md)",
          })
          .option("color", {
            type: "boolean",
            describe:
              "Colour the output (--no-color turns it off; NO_COLOR and FORCE_COLOR are honoured)",
          }),
    )
    .demandCommand(1, "Give a command: lint, compile, fmt, whois, parse, rules or explain.")
    .strict()
    .exitProcess(false)
    .help()
    .version(VERSION)
    .epilog(
      "Exit codes: 0 no errors, and no more warnings than --max-warnings; 1 errors found, or too many warnings; 2 usage error, unreadable input or project file, a directory or pattern that finds no file, an output file that cannot be written, or internal error.",
    )
    .wrap(Math.min(100, process.stdout.columns ?? 100));

  skipHelpCache(parser);

  let result: ParsedArguments = { command: undefined, argv: {}, output: "", error: undefined };
  const withStdin = args.map((argument) => (argument === "-" ? STDIN_ARGUMENT : argument));
  parser.parse(withStdin, {}, (error, argv, output) => {
    result = {
      command: typeof argv._[0] === "string" ? argv._[0] : undefined,
      argv: argv as Record<string, unknown>,
      output,
      error: error?.message,
    };
  });
  return result;
}

function optionalBoolean(value: unknown): boolean | undefined {
  return typeof value === "boolean" ? value : undefined;
}

/** A usage error found after yargs parsed the arguments. */
class UsageError extends Error {}

function fileArgument(value: unknown): string {
  if (value === STDIN_ARGUMENT) return "-";
  if (typeof value !== "string" || value === "")
    throw new UsageError("Give a config file, or - for standard input.");
  return value;
}

/**
 * Returns a whole-number option, or undefined when it is not given. yargs turns
 * a missing or non-numeric value into null or drops it, so the raw arguments
 * are checked too.
 */
function wholeNumberOption(
  argv: Record<string, unknown>,
  args: string[],
  name: string,
  max: number,
): number | undefined {
  const camel = name.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
  const value = argv[camel];
  const given = args.some(
    (argument) => argument === `--${name}` || argument.startsWith(`--${name}=`),
  );
  if (!given && value === undefined) return undefined;
  if (typeof value !== "number" || !Number.isInteger(value) || value < 0 || value > max) {
    throw new UsageError(`--${name} takes a whole number from 0 to ${max}.`);
  }
  return value;
}

function serverVersionOption(value: unknown): ServerVersion | undefined {
  if (value === undefined) return undefined;
  const text = typeof value === "string" ? value : "";
  const version = parseServerVersion(text);
  if (version === undefined)
    throw new UsageError(`--server-version takes a version such as 2.10 or 2.9.10, not "${text}".`);
  const problem = checkTargetVersion(version);
  if (problem !== undefined) throw new UsageError(`--server-version ${text}: ${problem}.`);
  return version;
}

function envFileOption(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "string" || value === "")
    throw new UsageError("--env-file needs a file name.");
  return value;
}

/** Returns the JSON indentation from --indent, --pretty and --compact. */
function indentOption(argv: Record<string, unknown>, args: string[]): number {
  const indent = wholeNumberOption(argv, args, "indent", 16);
  const pretty = argv["pretty"] === true;
  const compact = argv["compact"] === true;
  if ([indent !== undefined, pretty, compact].filter(Boolean).length > 1)
    throw new UsageError("Give only one of --indent, --pretty and --compact.");
  if (compact) return 0;
  return indent ?? 2;
}

async function runCommand(parsed: ParsedArguments, args: string[], io: Io): Promise<number> {
  const argv = parsed.argv;
  const color = optionalBoolean(argv["color"]);
  const stdinFilename =
    typeof argv["stdinFilename"] === "string" ? argv["stdinFilename"] : undefined;
  switch (parsed.command) {
    case "lint": {
      const files = (argv["files"] as unknown[]).map(fileArgument);
      if (files.length === 0)
        throw new UsageError("Give at least one config file, or - for standard input.");
      const maxWarnings = wholeNumberOption(argv, args, "max-warnings", Number.MAX_SAFE_INTEGER);
      const serverVersion = serverVersionOption(argv["serverVersion"]);
      const envFile = envFileOption(argv["envFile"]);
      const checkFiles = optionalBoolean(argv["checkFiles"]);
      const expiryDays = wholeNumberOption(argv, args, "expiry-days", 36_500);
      const serverCwd = argv["cwd"];
      if (serverCwd !== undefined && (typeof serverCwd !== "string" || serverCwd === ""))
        throw new UsageError("--cwd needs a directory.");
      const outputFile = argv["outputFile"];
      if (outputFile !== undefined && (typeof outputFile !== "string" || outputFile === ""))
        throw new UsageError("--output-file needs a file name.");
      if (outputFile === STDIN_ARGUMENT)
        throw new UsageError(
          "--output-file needs a file name; without it, the report goes to stdout.",
        );
      const { lint } = await import("./commands/lint.js");
      return lint(
        {
          files,
          format: argv["format"] as FormatName | undefined,
          outputFile,
          quiet: argv["quiet"] === true,
          maxWarnings,
          serverVersion,
          color,
          stdinFilename,
          envFile,
          checkFiles,
          serverCwd,
          expiryDays,
        },
        io,
      );
    }
    case "compile": {
      const indent = indentOption(argv, args);
      const file = fileArgument(argv["file"]);
      const output = argv["output"];
      // -o - is standard output, like no -o at all.
      let outputFile: string | undefined;
      if (typeof output === "string" && output !== "" && output !== STDIN_ARGUMENT)
        outputFile = output;
      else if (output !== undefined && output !== STDIN_ARGUMENT) {
        throw new UsageError("--output needs a file name, or - for standard output.");
      }
      const serverVersion = serverVersionOption(argv["serverVersion"]);
      const envFile = envFileOption(argv["envFile"]);
      const { compile } = await import("./commands/compile.js");
      return compile(
        {
          file,
          output: outputFile,
          indent,
          color,
          stdinFilename,
          serverVersion,
          envFile,
          redact: argv["redact"] === true,
          showSources: argv["showSources"] === true,
        },
        io,
      );
    }
    case "fmt": {
      const files = (argv["files"] as unknown[]).map(fileArgument);
      if (files.length === 0)
        throw new UsageError("Give at least one config file, or - for standard input.");
      const { fmt } = await import("./commands/fmt.js");
      return fmt(
        {
          files,
          write: argv["write"] === true,
          check: argv["check"] === true,
          diff: argv["diff"] === true,
          color,
          stdinFilename,
        },
        io,
      );
    }
    case "parse": {
      const { parse } = await import("./commands/parse.js");
      return parse({ file: fileArgument(argv["file"]), color, stdinFilename }, io);
    }
    case "rules": {
      const { listRules } = await import("./commands/rules.js");
      return listRules({ json: argv["json"] === true, color }, io);
    }
    case "explain": {
      const rule = argv["rule"];
      if (typeof rule !== "string" || rule === "") throw new UsageError("Give a rule id.");
      const { explainRule } = await import("./commands/rules.js");
      return explainRule(rule, io);
    }
    case "whois": {
      const certificate = argv["certificate"];
      const subject = argv["subject"];
      const config = argv["config"];
      if (typeof config !== "string" || config === "")
        throw new UsageError("Give the server's config file with --config FILE.");
      if (config === STDIN_ARGUMENT)
        throw new UsageError("whois reads the config from a file; --config - is not supported.");
      if (subject !== undefined && (typeof subject !== "string" || subject === ""))
        throw new UsageError('--subject needs a DN, such as "CN=alice,O=Example".');
      if ((certificate === undefined) === (subject === undefined))
        throw new UsageError("Give either a certificate file or --subject, not both or neither.");
      // A repeated option arrives as an array. array: true would also swallow the positional.
      const sans = (name: string): string[] => [argv[name] ?? []].flat().map(String);
      if (subject === undefined && ["email", "dns", "uri"].some((name) => sans(name).length > 0))
        throw new UsageError(
          "--email, --dns and --uri go with --subject; a certificate has its own SANs.",
        );
      const serverVersion = serverVersionOption(argv["serverVersion"]);
      const { whois } = await import("./commands/whois.js");
      return whois(
        {
          certificate: certificate === STDIN_ARGUMENT ? "-" : (certificate as string | undefined),
          subject: subject as string | undefined,
          emails: sans("email"),
          dnsNames: sans("dns"),
          uris: sans("uri"),
          config,
          listener: argv["listener"] as "client" | "websocket" | "mqtt" | "leafnode",
          serverVersion,
          json: argv["json"] === true,
          color,
        },
        io,
      );
    }
    default:
      io.stderr(`natsconf: unknown command ${parsed.command}\n`);
      return EXIT.failure;
  }
}

/** What each command needs as its positional argument, for yargs' "Not enough" message. */
const POSITIONAL_NEEDS: Readonly<Record<string, string>> = {
  lint: "lint needs a config file, directory or pattern (or - for standard input)",
  compile: "compile needs a config file (or - for standard input)",
  fmt: "fmt needs a config file (or - for standard input)",
  parse: "parse needs a config file (or - for standard input)",
  explain: "explain needs a rule id, such as value-type; natsconf rules lists them",
};

/** Rewords the yargs messages that do not say what to do. */
function usageMessage(parsed: ParsedArguments): string {
  const error = parsed.error ?? "";
  const needs = parsed.command === undefined ? undefined : POSITIONAL_NEEDS[parsed.command];
  if (error.startsWith("Not enough non-option arguments") && needs !== undefined)
    return `${needs}.`;
  return error;
}

export async function main(args: string[], io: Io): Promise<number> {
  const parsed = parseArguments(args);
  if (parsed.error !== undefined) {
    io.stderr(`natsconf: ${usageMessage(parsed)}\nRun "natsconf --help" for usage.\n`);
    return EXIT.failure;
  }
  if (parsed.output !== "") {
    io.stdout(`${parsed.output}\n`);
    return EXIT.ok;
  }
  try {
    return await runCommand(parsed, args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`natsconf: ${error.message}\nRun "natsconf --help" for usage.\n`);
      return EXIT.failure;
    }
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
