// Command-line entry: parses arguments with yargs and runs one command. Each
// command's module is imported only when it runs, so `--help` stays fast.

import yargs, { type Argv } from "yargs";

import { DEFAULT_SERVER_VERSION } from "../target/version.js";
import { FORMAT_NAMES } from "./format/types.js";
import { EXIT, type Io } from "./io.js";
import { runParsed, STDIN_ARGUMENT, type ParsedArguments } from "./run.js";

/** Set from package.json by scripts/build.mjs; tests run the sources, which have none. */
declare const NATSCONF_VERSION: string | undefined;
const VERSION = typeof NATSCONF_VERSION === "string" ? NATSCONF_VERSION : "development build";

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

export function parseArguments(args: string[]): ParsedArguments {
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
              'Read the certificate, key and CA files that tls blocks name, and operator JWT files, and report broken ones (default: "checkFiles" of .natsconf.json, else off)',
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
  return runParsed(parsed, args, io);
}
