// natsconf compile FILE [-o OUT]

import { realpathSync } from "node:fs";

import { checkLoaded } from "../../check.js";
import { compileConfig } from "../../emit/compile.js";
import type { SourceFile } from "../../source.js";
import { loadInput } from "../input.js";
import { EXIT, type Io } from "../io.js";
import { printReport } from "../report.js";
import { OutputError, resolveOutputPath, writeFileAtomic } from "../write-file.js";

export interface CompileCommandOptions {
  /** The main config file; `-` reads standard input. */
  file: string;
  /** Output file for the JSON; undefined for standard output. */
  output: string | undefined;
  indent: number;
  color: boolean | undefined;
  stdinFilename: string | undefined;
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
  return undefined;
}

export function compile(options: CompileCommandOptions, io: Io): number {
  const loaded = loadInput(options.file, options.stdinFilename, io);
  if (!loaded.ok) {
    io.stderr(`natsconf: ${loaded.message}\n`);
    return EXIT.failure;
  }
  if (options.output !== undefined) {
    const problem = outputProblem(options.output, loaded.sources);
    if (problem !== undefined) {
      io.stderr(`natsconf: ${problem}.\n`);
      return EXIT.failure;
    }
  }

  const checked = checkLoaded(loaded);
  const compiled = compileConfig(loaded, { indent: options.indent });
  const diagnostics = [...checked.diagnostics, ...compiled.diagnostics];
  if (diagnostics.length > 0) {
    printReport(io, diagnostics, loaded.sources, 1, { color: options.color, stream: "stderr" });
  }
  if (diagnostics.some((d) => d.severity === "error") || compiled.json === null) {
    io.stderr("natsconf: nothing written because of the errors above.\n");
    return EXIT.problems;
  }

  if (options.output === undefined) {
    io.stdout(compiled.json);
    return EXIT.ok;
  }
  try {
    writeFileAtomic(options.output, compiled.json);
  } catch (error) {
    if (!(error instanceof OutputError)) throw error;
    io.stderr(`natsconf: ${error.message}.\n`);
    return EXIT.failure;
  }
  return EXIT.ok;
}
