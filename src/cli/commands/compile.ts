// natsconf compile FILE [-o OUT]

import { realpathSync } from "node:fs";
import { dirname } from "node:path";

import { checkLoaded, type CheckedConfig } from "../../check.js";
import { compileConfig, type ValueSource } from "../../emit/compile.js";
import { compareDiagnostics, type Diagnostic } from "../../diagnostics/diagnostic.js";
import { findProjectFile } from "../../project/project-file.js";
import type { SourceFile, Span } from "../../source.js";
import type { ServerVersion } from "../../target/version.js";
import { layerEnvironment } from "../env-file.js";
import { loadInput } from "../input.js";
import { EXIT, type Io } from "../io.js";
import { printReport } from "../report.js";
import { SettingsFinder } from "../settings.js";
import { OutputError, resolveOutputPath, writeFileAtomic } from "../write-file.js";

export interface CompileCommandOptions {
  /** The main config file; `-` reads standard input. */
  file: string;
  /** Output file for the JSON; undefined for standard output. */
  output: string | undefined;
  indent: number;
  color: boolean | undefined;
  stdinFilename: string | undefined;
  /** --server-version; wins over project files. */
  serverVersion: ServerVersion | undefined;
  /** --env-file: variables for `$NAME` on top of the process environment. */
  envFile: string | undefined;
  redact: boolean;
  showSources: boolean;
}

function realPath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

/** Returns why the output must not go to `output`, or undefined when it may. */
function outputProblem(
  output: string,
  sources: ReadonlyMap<string, SourceFile>,
  otherInputs: readonly string[],
): string | undefined {
  let target: string;
  try {
    target = realPath(resolveOutputPath(output).target);
  } catch (error) {
    return error instanceof OutputError ? error.message : String(error);
  }
  for (const path of sources.keys()) {
    if (realPath(path) === target)
      return `${output} is a config file that this compile reads; choose another output file`;
  }
  for (const path of otherInputs) {
    if (realPath(path) === target)
      return `${output} is an input of this compile (${path}); choose another output file`;
  }
  return undefined;
}

function describeSpan(span: Span): string {
  // An environment variable's value has a source of its own, without lines.
  if (span.source.path.startsWith("<environment variable")) return span.source.path;
  const { line, column } = span.source.positionAt(span.start);
  return `${span.source.path}:${line}:${column}`;
}

/** Lists where each key of the output came from, one line per key. */
function formatSources(sources: readonly ValueSource[]): string {
  const width = Math.min(60, Math.max(0, ...sources.map((source) => source.path.length)));
  const lines = sources.map((source) => {
    const value = source.value === undefined ? "" : ` (value from ${describeSpan(source.value)})`;
    return `${source.path.padEnd(width)}  ${describeSpan(source.key)}${value}`;
  });
  return `${lines.join("\n")}\n`;
}

/**
 * Makes errors of the findings for which `nats-server -t` fails but that lint
 * does not report as errors (warnings, or findings silenced by a comment or
 * the project file): compile must not write a config the server rejects.
 */
function withServerRejections(checked: CheckedConfig): Diagnostic[] {
  const rejected = new Set(checked.serverRejections);
  const shown = new Set(checked.diagnostics);
  const asError = (diagnostic: Diagnostic): Diagnostic => ({
    ...diagnostic,
    severity: "error",
    message: `${diagnostic.message} Compile writes only configs that nats-server accepts, so it stops here even where lint is told to ignore this or to treat it as a warning.`,
  });
  const upgraded = checked.diagnostics.map((d) =>
    rejected.has(d) && d.severity !== "error" ? asError(d) : d,
  );
  const silenced = checked.serverRejections.filter((d) => !shown.has(d)).map(asError);
  return [...upgraded, ...silenced].sort(compareDiagnostics);
}

export function compile(options: CompileCommandOptions, io: Io): number {
  const environment = layerEnvironment(io.env, options.envFile);
  if (!environment.ok) {
    io.stderr(`natsconf: ${environment.message}.\n`);
    return EXIT.failure;
  }
  const settings = new SettingsFinder(options.serverVersion, process.cwd()).forFile(
    options.file === "-" ? options.stdinFilename : options.file,
  );
  if (!settings.ok) {
    io.stderr(`natsconf: ${settings.message}\n`);
    return EXIT.failure;
  }
  const loaded = loadInput(options.file, options.stdinFilename, io, environment.env);
  if (!loaded.ok) {
    io.stderr(`natsconf: ${loaded.message}\n`);
    return EXIT.failure;
  }
  if (options.output !== undefined) {
    const configPath = options.file === "-" ? options.stdinFilename : options.file;
    const projectFile = findProjectFile(
      configPath === undefined ? process.cwd() : dirname(configPath),
    );
    const otherInputs = [options.envFile, projectFile].filter((path) => path !== undefined);
    const problem = outputProblem(options.output, loaded.sources, otherInputs);
    if (problem !== undefined) {
      io.stderr(`natsconf: ${problem}.\n`);
      return EXIT.failure;
    }
  }

  const checked = checkLoaded(loaded, settings.options, { runDisabledRules: true });
  const compiled = compileConfig(loaded, {
    indent: options.indent,
    ...(settings.options.target === undefined ? {} : { target: settings.options.target }),
    redact: options.redact,
    recordSources: options.showSources,
  });
  const diagnostics = [...withServerRejections(checked), ...compiled.diagnostics];
  if (diagnostics.length > 0) {
    printReport(io, diagnostics, loaded.sources, 1, { color: options.color, stream: "stderr" });
  }
  if (diagnostics.some((d) => d.severity === "error") || compiled.json === null) {
    io.stderr("natsconf: nothing written because of the errors above.\n");
    return EXIT.problems;
  }

  if (options.output === undefined) {
    io.stdout(compiled.json);
    // The JSON owns standard output, so the source list goes to standard error.
    if (options.showSources) io.stderr(formatSources(compiled.sources));
    return EXIT.ok;
  }
  try {
    writeFileAtomic(options.output, compiled.json);
  } catch (error) {
    if (!(error instanceof OutputError)) throw error;
    io.stderr(`natsconf: ${error.message}.\n`);
    return EXIT.failure;
  }
  if (options.showSources) io.stdout(formatSources(compiled.sources));
  return EXIT.ok;
}
