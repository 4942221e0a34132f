// natsconf fmt FILE...: prints, checks or rewrites config files in fmt's
// layout. Only the syntax layer is loaded (no rules, no schema), so that the
// command starts fast in pre-commit hooks.

import { createTwoFilesPatch, FILE_HEADERS_ONLY } from "diff";

import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import { formatSource } from "../../fmt/format.js";
import { readSource, sourceFromBytes, type ReadResult } from "../../read.js";
import type { SourceFile } from "../../source.js";
import { EXIT, type Io } from "../io.js";
import { printReport } from "../report.js";
import { OutputError, writeFileAtomic } from "../write-file.js";

/**
 * Path shown for standard input without --stdin-filename, as in the other
 * commands. Importing it from ../input.js would load the include resolver.
 */
const STDIN_PATH = "<stdin>";

export interface FmtOptions {
  /** Config files; `-` reads standard input. */
  files: string[];
  /** Rewrite files in place. */
  write: boolean;
  /** Exit with 1 and list the files that are not formatted. */
  check: boolean;
  /** Print a unified diff of each change. */
  diff: boolean;
  color: boolean | undefined;
  stdinFilename: string | undefined;
}

function readInput(file: string, stdinFilename: string | undefined, io: Io): ReadResult {
  if (file !== "-") return readSource(file);
  let bytes: Buffer;
  try {
    bytes = io.readStdin();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, failure: "unreadable", message: `cannot read standard input: ${reason}` };
  }
  return { ok: true, ...sourceFromBytes(stdinFilename ?? STDIN_PATH, bytes) };
}

/** Returns a unified diff from the input to the formatted text. */
export function unifiedDiff(path: string, before: string, after: string): string {
  return createTwoFilesPatch(path, path, before, after, undefined, undefined, {
    context: 3,
    headerOptions: FILE_HEADERS_ONLY,
  });
}

export function fmt(options: FmtOptions, io: Io): number {
  if (options.files.filter((file) => file === "-").length > 1) {
    io.stderr("natsconf: standard input (-) can be given only once.\n");
    return EXIT.failure;
  }
  if (options.write && options.files.includes("-")) {
    io.stderr(
      "natsconf: --write cannot rewrite standard input; leave out --write to print the result.\n",
    );
    return EXIT.failure;
  }
  const printText = !options.write && !options.check && !options.diff;
  let failed = false;
  const unformatted: string[] = [];
  const syntaxErrors: Diagnostic[] = [];
  const sources = new Map<string, SourceFile>();
  let filesWithErrors = 0;

  for (const file of options.files) {
    const read = readInput(file, options.stdinFilename, io);
    if (!read.ok) {
      io.stderr(`natsconf: ${read.message}\n`);
      failed = true;
      continue;
    }
    const { source } = read;
    const result = formatSource(source, read.diagnostics);
    if (!result.ok) {
      failed = true;
      if (result.reason === "syntax") {
        syntaxErrors.push(...result.diagnostics);
        sources.set(source.path, source);
        filesWithErrors++;
      } else {
        io.stderr(
          `natsconf: ${source.path} was left as it is: ${result.message}. Please report this input.\n`,
        );
      }
      continue;
    }
    if (printText) io.stdout(result.text);
    if (!result.changed) continue;
    unformatted.push(source.path);
    if (options.diff) io.stdout(unifiedDiff(source.path, source.text, result.text));
    if (options.write) {
      try {
        writeFileAtomic(file, result.text);
      } catch (error) {
        if (!(error instanceof OutputError)) throw error;
        io.stderr(`natsconf: ${error.message}\n`);
        failed = true;
      }
    }
  }

  if (syntaxErrors.length > 0) {
    // Reported like lint, with locations and code frames. They go to stderr
    // because stdout may carry formatted text.
    printReport(io, syntaxErrors, sources, filesWithErrors, {
      color: options.color,
      stream: "stderr",
    });
  }
  if (options.check && unformatted.length > 0) {
    if (!options.diff) for (const path of unformatted) io.stdout(`${path}\n`);
    const one = unformatted.length === 1;
    const count = one ? "1 file was" : `${unformatted.length} files were`;
    const action = options.write
      ? `${one ? "it is" : "they are"} rewritten now`
      : "run natsconf fmt --write to fix";
    io.stderr(`natsconf: ${count} not formatted; ${action}.\n`);
  }
  if (failed) return EXIT.failure;
  if (options.check && unformatted.length > 0) return EXIT.problems;
  return EXIT.ok;
}
