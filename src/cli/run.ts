// Runs one command from parsed arguments. Kept apart from the yargs parser in
// main.ts, so that fast-path.ts can run the most common commands without
// loading yargs (see bench/README.md on start-up).

import { checkTargetVersion, parseServerVersion, type ServerVersion } from "../target/version.js";
import type { FormatName } from "./format/types.js";
import { EXIT, type Io } from "./io.js";

export interface ParsedArguments {
  command: string | undefined;
  argv: Record<string, unknown>;
  /** Help or version text that yargs produced instead of a command. */
  output: string;
  error: string | undefined;
}

/** Stands for a `-` argument while yargs parses, because yargs drops a bare `-`. */
export const STDIN_ARGUMENT = "\u0000stdin";

function optionalBoolean(value: unknown): boolean | undefined {
  return typeof value === "boolean" ? value : undefined;
}

/** A usage error found after yargs parsed the arguments. */
export class UsageError extends Error {}

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

/** Runs the command, and reports usage errors and unexpected failures with exit code 2. */
export async function runParsed(parsed: ParsedArguments, args: string[], io: Io): Promise<number> {
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
