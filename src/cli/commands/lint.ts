// natsconf lint FILE...

import { appendFileSync, realpathSync, statSync } from "node:fs";
import { resolve } from "node:path";

import { prepareFileChecks } from "../../certs/file-checks.js";
import type { FileCheckSettings, FileChecks } from "../../certs/types.js";
import { checkLoaded } from "../../check.js";
import { countBySeverity, type Diagnostic } from "../../diagnostics/diagnostic.js";
import type { SourceFile } from "../../source.js";
import type { ServerVersion } from "../../target/version.js";
import { layerEnvironment } from "../env-file.js";
import { expandInputs } from "../files.js";
import { chooseFormat, loadFormatter } from "../format/index.js";
import { redactReport } from "../format/redact.js";
import type { FormatName, LintReport } from "../format/types.js";
import { loadInput } from "../input.js";
import { SettingsFinder } from "../settings.js";
import { EXIT, type Io } from "../io.js";
import { OutputError, writeFileAtomic } from "../write-file.js";

/** Set from package.json by scripts/build.mjs; tests run the sources, which have none. */
declare const NATSCONF_VERSION: string | undefined;
const VERSION = typeof NATSCONF_VERSION === "string" ? NATSCONF_VERSION : "development build";

export interface LintOptions {
  /** Config files, directories and glob patterns. `-` reads standard input. */
  files: string[];
  /** --format. When undefined, github inside GitHub Actions and stylish elsewhere. */
  format?: FormatName | undefined;
  /** --output-file: write the report to this file, atomically, instead of stdout. */
  outputFile?: string | undefined;
  /** --quiet: report errors only. Warnings still count for --max-warnings. */
  quiet?: boolean | undefined;
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
  const linted: string[] = [];
  let unreadable = false;
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

  const inputs = await expandInputs(options.files, process.cwd());
  for (const problem of inputs.problems) io.stderr(`natsconf: ${problem}.\n`);
  if (inputs.problems.length > 0) unreadable = true;
  if (
    options.outputFile !== undefined &&
    inputs.files.some((file) => sameFile(file, options.outputFile!))
  ) {
    io.stderr(
      `natsconf: --output-file ${options.outputFile} is one of the files to lint; name another file.\n`,
    );
    return EXIT.failure;
  }

  for (const file of inputs.files) {
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
    linted.push(loaded.source.path);
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

  if (linted.length > 0) {
    const redacted = redactReport(diagnostics, sources);
    const counts = countBySeverity(redacted);
    const report: LintReport = {
      diagnostics:
        options.quiet === true ? redacted.filter((d) => d.severity === "error") : redacted,
      sources,
      files: linted,
      counts: { errors: counts.error, warnings: counts.warning, infos: counts.info },
      cwd: process.cwd(),
      toolVersion: VERSION,
    };
    if (!(await writeReport(report, options, io, unreadable))) return EXIT.failure;
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

/** Checks whether two paths name the same file, following symbolic links. */
function sameFile(a: string, b: string): boolean {
  const real = (path: string): string => {
    try {
      return realpathSync(path);
    } catch {
      return resolve(path);
    }
  };
  return a !== "-" && real(a) === real(b);
}

/**
 * Renders the report in the chosen format and writes it to stdout or to
 * --output-file, and in GitHub Actions appends the step summary. Returns false
 * when the output file cannot be written.
 */
async function writeReport(
  report: LintReport,
  options: LintOptions,
  io: Io,
  unreadable: boolean,
): Promise<boolean> {
  const format = chooseFormat(options.format, io.env);
  const formatter = await loadFormatter(format);
  if (options.outputFile === undefined) {
    io.stdout(formatter(report, { color: options.color, isTTY: io.stdoutIsTTY, env: io.env }));
  } else if (unreadable) {
    // A report file is taken as complete, so none is written for a run that skipped inputs.
    io.stderr(
      `natsconf: ${options.outputFile} not written, because some inputs could not be read.\n`,
    );
  } else {
    // A file gets colour only from --color: FORCE_COLOR, often set for a whole
    // CI job, is meant for the job's log.
    const env = { ...io.env, FORCE_COLOR: undefined };
    const text = formatter(report, { color: options.color, isTTY: false, env });
    try {
      writeFileAtomic(options.outputFile, text);
    } catch (error) {
      if (!(error instanceof OutputError)) throw error;
      io.stderr(`natsconf: ${error.message}.\n`);
      return false;
    }
  }
  const summaryFile = io.env["GITHUB_STEP_SUMMARY"];
  if (format === "github" && summaryFile !== undefined && summaryFile !== "") {
    const { formatStepSummary } = await import("../format/step-summary.js");
    try {
      appendFileSync(summaryFile, formatStepSummary(report));
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code ?? String(error);
      io.stderr(`natsconf: cannot append the step summary to ${summaryFile}: ${reason}.\n`);
    }
  }
  return true;
}
