// `natsconf compile --server-version 2.9.10` on every corpus file that nats-server -t 2.9.10
// accepts (with a stable verdict): compile must write JSON that nats-server -t accepts too,
// or refuse the file because lint flags a problem that the server meets only at start-up
// (the "accepted-but-flagged" files of scripts/agreement.ts). Known failures need an entry
// with their cause in compile-known.tsv, and the test fails when a listed file starts to pass.
//
// The CLI's main() runs in this process (test/support/compile.ts) with the file's server_cwd
// as working directory, because spawning bin/natsconf once per file (about 460 Node start-ups,
// 4 at a time) took 54 s on a shared 2-core machine. Set NATSCONF_KEEP_COMPILED=1 to keep
// the compiled files for inspection.

import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

import { afterAll, beforeAll, describe, expect, test } from "vitest";

import { compareFile } from "../../scripts/agreement.js";
import { compileInProcess, type CompileRun, TEST_SERVER_VERSION } from "../support/compile.js";
import { corpusRoot, readVerdicts, type VerdictRow } from "../support/corpus.js";
import { checkConfigAsync, type ConfigCheck } from "../support/nats-server.js";

/** Maximum nats-server -t checks running at once, each a short-lived child process. */
const MAX_PARALLEL_CHECKS = 4;

const root = corpusRoot();
const accepted = readVerdicts(root).filter((row) => row.server29Ok && !row.verdictVaries);

interface CompileResult extends CompileRun {
  /** The compiled file, when compile exited with status 0. */
  output: string | undefined;
}

/** The outcome for one corpus file. `problem` is undefined when the file passed. */
interface FileResult {
  path: string;
  problem: string | undefined;
}

function readKnownFailures(): Map<string, string> {
  const file = fileURLToPath(new URL("compile-known.tsv", import.meta.url));
  const known = new Map<string, string>();
  for (const line of readFileSync(file, "utf8").split("\n")) {
    if (line.startsWith("#") || line.trim() === "" || line.startsWith("path\t")) continue;
    const [path, cause] = line.split("\t");
    if (path === undefined || cause === undefined || cause.trim() === "")
      throw new Error(`Invalid compile-known.tsv line (expected path, tab, cause): ${line}`);
    known.set(path, cause);
  }
  return known;
}

async function compileFile(row: VerdictRow, outputDirectory: string): Promise<CompileResult> {
  const output = join(outputDirectory, `${row.path.replaceAll("/", "__")}.json`);
  const run = await compileInProcess(join(root, row.path), output, join(root, row.serverCwd));
  // A usage error, such as an option that compile does not take, fails every file alike.
  if (run.status === 2 && run.stderr.includes("--help")) {
    throw new Error(`natsconf compile rejected its arguments:\n${run.stderr}`);
  }
  return { ...run, output: run.status === 0 ? output : undefined };
}

/** Returns the first lines of a tool's output, indented under a failure line. */
function excerpt(text: string, maxLines = 8): string {
  const lines = text.trimEnd().split("\n");
  const shown = lines.slice(0, maxLines).map((line) => `    ${line}`);
  if (lines.length > maxLines) shown.push(`    ... ${lines.length - maxLines} more lines`);
  return shown.join("\n");
}

function describeRefusal(row: VerdictRow, run: CompileResult): string | undefined {
  if (run.status !== 1) {
    return `compile exited with status ${run.status}:\n${excerpt(run.stderr)}`;
  }
  const agreement = compareFile(root, row);
  if (agreement.outcome === "accepted-but-flagged") return undefined;
  return (
    `compile refused a file that nats-server -t accepts and lint does not flag ` +
    `(agreement outcome: ${agreement.outcome}):\n${excerpt(run.stderr)}`
  );
}

function describeCheck(row: VerdictRow, check: ConfigCheck): string | undefined {
  if (check.ok) return undefined;
  const flagged = compareFile(root, row).outcome === "accepted-but-flagged";
  const note = flagged ? " (lint flags this file, so compile should have refused it)" : "";
  return `nats-server -t rejects the compiled JSON${note}:\n${excerpt(check.output)}`;
}

/**
 * Compiles every accepted file in turn and checks each compiled file with nats-server -t,
 * keeping up to MAX_PARALLEL_CHECKS checks running while the next files compile.
 */
/** How many times nats-server -t checks a compiled file before its rejection counts. */
const CHECK_ATTEMPTS = 4;

/**
 * Runs nats-server -t until it accepts the file, at most CHECK_ATTEMPTS times.
 * Some checks of 2.9.10 depend on Go's random map order. Lint reports the ones
 * it models as "rejects-sometimes" and compile refuses such files, but the retries
 * keep a check that lint does not model from failing this test at random.
 * Compile output does not change between runs, so a rejection that a retry
 * does not confirm comes from the server.
 */
async function checkWithRetries(file: string, cwd: string): Promise<ConfigCheck> {
  let verdict = await checkConfigAsync(file, cwd);
  for (let attempt = 1; attempt < CHECK_ATTEMPTS && !verdict.ok; attempt++) {
    verdict = await checkConfigAsync(file, cwd);
  }
  return verdict;
}

async function runCorpus(outputDirectory: string): Promise<FileResult[]> {
  const results: FileResult[] = [];
  const inFlight = new Set<Promise<void>>();
  for (const row of accepted) {
    const run = await compileFile(row, outputDirectory);
    if (run.output === undefined) {
      results.push({ path: row.path, problem: describeRefusal(row, run) });
      continue;
    }
    const cwd = join(root, row.serverCwd);
    const check = checkWithRetries(run.output, cwd).then((verdict) => {
      results.push({ path: row.path, problem: describeCheck(row, verdict) });
    });
    const tracked: Promise<void> = check.finally(() => inFlight.delete(tracked));
    inFlight.add(tracked);
    if (inFlight.size >= MAX_PARALLEL_CHECKS) await Promise.race(inFlight);
  }
  await Promise.all(inFlight);
  return results.sort((a, b) => a.path.localeCompare(b.path));
}

describe(`compile --server-version ${TEST_SERVER_VERSION} on the corpus`, () => {
  const known = readKnownFailures();
  let outputDirectory: string;
  let results: FileResult[];

  beforeAll(async () => {
    outputDirectory = mkdtempSync(join(tmpdir(), "natsconf-compile-corpus-"));
    results = await runCorpus(outputDirectory);
  }, 300_000);

  afterAll(() => {
    if (process.env["NATSCONF_KEEP_COMPILED"] === "1") {
      console.log(`Compiled corpus files kept in ${outputDirectory}`);
      return;
    }
    rmSync(outputDirectory, { recursive: true, force: true });
  });

  test("corpus has accepted files", () => {
    expect(accepted.length).toBeGreaterThan(400);
    expect(results.length).toBe(accepted.length);
  });

  test("every compiled file passes nats-server -t, or is refused", () => {
    const unexplained = results
      .filter((result) => result.problem !== undefined && !known.has(result.path))
      .map((result) => `${result.path}: ${result.problem}`);
    expect(unexplained.join("\n\n")).toBe("");
  });

  test("every listed failure still fails", () => {
    const failing = new Set(
      results.filter((result) => result.problem !== undefined).map((result) => result.path),
    );
    const stale = [...known.keys()].filter((path) => !failing.has(path));
    expect(stale).toEqual([]);
  });
});
