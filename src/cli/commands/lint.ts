// natsconf lint FILE...

import { statSync } from "node:fs";
import { resolve } from "node:path";

import { prepareFileChecks } from "../../certs/file-checks.js";
import type { FileCheckSettings, FileChecks } from "../../certs/types.js";
import { checkLoaded } from "../../check.js";
import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import type { SourceFile } from "../../source.js";
import type { ServerVersion } from "../../target/version.js";
import { layerEnvironment } from "../env-file.js";
import { loadInput } from "../input.js";
import { SettingsFinder } from "../settings.js";
import { EXIT, type Io } from "../io.js";
import { printReport } from "../report.js";

export interface LintOptions {
  /** Config files; `-` reads standard input. */
  files: string[];
  maxWarnings: number | undefined;
  /** --server-version; wins over project files. */
  serverVersion: ServerVersion | undefined;
  color: boolean | undefined;
  stdinFilename: string | undefined;
  /** --env-file: variables for `$NAME` on top of the process environment. */
  envFile: string | undefined;
  /** --check-files (true) or --no-check-files (false); undefined leaves it to the project file. */
  checkFiles?: boolean | undefined;
  /** --cwd: the server's working directory, for relative certificate paths. */
  serverCwd?: string | undefined;
  /** --expiry-days. */
  expiryDays?: number | undefined;
}

/** Identifies a diagnostic, so that a file linted directly and through an include counts once. */
function identity(diagnostic: Diagnostic): string {
  const { file, code, message, range } = diagnostic;
  return `${file}\u0000${range.start.offset}\u0000${range.end.offset}\u0000${code}\u0000${message}`;
}

export async function lint(options: LintOptions, io: Io): Promise<number> {
  if (options.files.filter((file) => file === "-").length > 1) {
    io.stderr("natsconf: standard input (-) can be given only once.\n");
    return EXIT.failure;
  }
  const diagnostics: Diagnostic[] = [];
  const seen = new Set<string>();
  const sources = new Map<string, SourceFile>();
  let unreadable = false;
  let fileCount = 0;
  let serverCwd: string | undefined;
  if (options.serverCwd !== undefined) {
    serverCwd = resolve(options.serverCwd);
    if (!isDirectory(serverCwd)) {
      io.stderr(`natsconf: --cwd ${options.serverCwd} is not a directory.\n`);
      return EXIT.failure;
    }
  }
  const settings = new SettingsFinder(options.serverVersion, process.cwd(), {
    checkFiles: options.checkFiles,
    serverCwd,
    expiryDays: options.expiryDays,
  });
  // One reader for the run, so that a file named by several configs is read once.
  let fileChecks: FileChecks | undefined;
  const filesFor = async (found: FileCheckSettings): Promise<FileChecks> => {
    fileChecks ??= await prepareFileChecks(found);
    return { ...fileChecks, ...found };
  };
  const environment = layerEnvironment(io.env, options.envFile);
  if (!environment.ok) {
    io.stderr(`natsconf: ${environment.message}.\n`);
    return EXIT.failure;
  }

  for (const file of options.files) {
    const found = settings.forFile(file === "-" ? options.stdinFilename : file);
    if (!found.ok) {
      io.stderr(`natsconf: ${found.message}\n`);
      unreadable = true;
      continue;
    }
    const loaded = loadInput(file, options.stdinFilename, io, environment.env);
    if (!loaded.ok) {
      io.stderr(`natsconf: ${loaded.message}\n`);
      unreadable = true;
      continue;
    }
    fileCount++;
    const runOptions =
      found.fileChecks === undefined
        ? found.options
        : { ...found.options, files: await filesFor(found.fileChecks) };
    for (const diagnostic of checkLoaded(loaded, runOptions).diagnostics) {
      const key = identity(diagnostic);
      if (seen.has(key)) continue;
      seen.add(key);
      diagnostics.push(diagnostic);
    }
    for (const [path, source] of loaded.sources) sources.set(path, source);
  }

  if (fileCount > 0) {
    printReport(io, diagnostics, sources, fileCount, { color: options.color, stream: "stdout" });
  }
  if (unreadable) return EXIT.failure;

  const errors = diagnostics.filter((d) => d.severity === "error").length;
  const warnings = diagnostics.filter((d) => d.severity === "warning").length;
  if (errors > 0) return EXIT.problems;
  if (options.maxWarnings !== undefined && warnings > options.maxWarnings) {
    const count = warnings === 1 ? "1 warning exceeds" : `${warnings} warnings exceed`;
    io.stderr(`natsconf: ${count} --max-warnings ${options.maxWarnings}.\n`);
    return EXIT.problems;
  }
  return EXIT.ok;
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
