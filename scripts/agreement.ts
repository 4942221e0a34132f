// Compares `natsconf lint --server-version 2.9.10 --check-files` with what
// `nats-server -t` 2.9.10 reported for every file of the conformance corpus
// (VERDICTS.tsv), reading certificate files from the folder each file was
// checked in (the server_cwd column). Run it
// with `npm run agreement`; test/conformance/agreement.test.ts runs the same
// comparison and fails on any disagreement.

import { join } from "node:path";

import { DEFAULT_EXPIRY_DAYS } from "../src/certs/file-checks.js";
import { createTlsFileReader } from "../src/certs/reader.js";
import type { TlsFileReader } from "../src/certs/types.js";
import { checkLoaded } from "../src/check.js";
import type { Diagnostic } from "../src/diagnostics/diagnostic.js";
import { loadConfig } from "../src/resolve/load.js";
import { parseServerVersion } from "../src/target/version.js";
import { corpusRoot, readVerdicts, type VerdictRow } from "../test/support/corpus.js";

export type Outcome =
  /** Both reject the file, or both accept it. */
  | "agree"
  /** The server rejects the file; natsconf finds nothing the server would reject. */
  | "missed"
  /** The server accepts the file; natsconf says the server would reject it. */
  | "false-reject"
  /**
   * The server accepts the file (with -t), and natsconf reports errors the
   * server meets only at start-up or at run time, or never reports. Counted
   * apart, with the rules that fired.
   */
  | "accepted-but-flagged";

export interface FileAgreement {
  row: VerdictRow;
  outcome: Outcome;
  /** The diagnostics behind natsconf's verdict: those that reject, or the flagged errors. */
  evidence: Diagnostic[];
}

export const AGREEMENT_TARGET = "2.9.10";

/** True when nats-server -t would fail on a config with this diagnostic. */
export function failsConfigTest(diagnostic: Diagnostic): boolean {
  if (diagnostic.server === undefined) return diagnostic.severity === "error";
  return diagnostic.server === "rejects" || diagnostic.server === "warns";
}

export function compareFile(
  root: string,
  row: VerdictRow,
  reader: TlsFileReader = createTlsFileReader(),
): FileAgreement {
  const target = parseServerVersion(AGREEMENT_TARGET)!;
  const loaded = loadConfig(join(root, row.path), { env: {} });
  if (!loaded.ok) {
    // Unreadable files cannot be compared; the corpus has none.
    throw new Error(`${row.path}: ${loaded.message}`);
  }
  const files = {
    cwd: join(root, row.serverCwd),
    expiryDays: DEFAULT_EXPIRY_DAYS,
    now: new Date(),
    reader,
  };
  const { diagnostics } = checkLoaded(loaded, { target, files });
  const rejecting = diagnostics.filter(failsConfigTest);
  const natsconfRejects = rejecting.length > 0;
  if (!row.server29Ok) {
    // A finding that fails -t on some runs agrees with a recorded rejection, and counts
    // as flagged where the recorded run accepted the file.
    const sometimes = diagnostics.filter((d) => d.server === "rejects-sometimes");
    const evidence = [...rejecting, ...sometimes];
    return evidence.length > 0
      ? { row, outcome: "agree", evidence }
      : { row, outcome: "missed", evidence: [] };
  }
  if (natsconfRejects) return { row, outcome: "false-reject", evidence: rejecting };
  const flagged = diagnostics.filter((d) => d.severity === "error");
  if (flagged.length > 0) return { row, outcome: "accepted-but-flagged", evidence: flagged };
  return { row, outcome: "agree", evidence: [] };
}

export function compareCorpus(root: string = corpusRoot()): FileAgreement[] {
  const reader = createTlsFileReader();
  return readVerdicts(root).map((row) => compareFile(root, row, reader));
}

function describe(diagnostic: Diagnostic): string {
  const where = `${diagnostic.range.start.line}:${diagnostic.range.start.column}`;
  return `[${diagnostic.code}] ${where} ${diagnostic.message}`;
}

/** Prints the agreement rate and every disagreement; returns the number of disagreements. */
export function printAgreement(results: readonly FileAgreement[], out = console.log): number {
  const stable = results.filter((result) => !result.row.verdictVaries);
  const varies = results.filter((result) => result.row.verdictVaries);
  const by = (outcome: Outcome) => stable.filter((result) => result.outcome === outcome);
  const agreeing = by("agree").length + by("accepted-but-flagged").length;
  const disagreements = [...by("missed"), ...by("false-reject")];

  out(
    `natsconf lint --server-version ${AGREEMENT_TARGET} --check-files against nats-server -t 2.9.10`,
  );
  out(`files: ${results.length} (${varies.length} whose server verdict varies between runs)`);
  const rate = stable.length === 0 ? 100 : (100 * agreeing) / stable.length;
  out(`agreement on stable files: ${agreeing}/${stable.length} (${rate.toFixed(2)}%)`);
  out(`  both reject: ${by("agree").filter((r) => !r.row.server29Ok).length}`);
  out(`  both accept: ${by("agree").filter((r) => r.row.server29Ok).length}`);
  out(
    `  server accepts, natsconf reports a start-up or run-time problem: ${by("accepted-but-flagged").length}`,
  );
  out(`disagreements: ${disagreements.length}`);

  for (const result of by("missed")) {
    out(`\nMISSED ${result.row.path}`);
    out(`  server: ${result.row.server29FirstMessage}`);
  }
  for (const result of by("false-reject")) {
    out(`\nFALSE REJECT ${result.row.path}`);
    for (const diagnostic of result.evidence) out(`  natsconf: ${describe(diagnostic)}`);
  }
  const flagged = by("accepted-but-flagged");
  if (flagged.length > 0) {
    out("\nAccepted by nats-server -t, flagged by natsconf:");
    const counts = new Map<string, number>();
    for (const result of flagged) {
      for (const code of new Set(result.evidence.map((d) => d.code))) {
        counts.set(code, (counts.get(code) ?? 0) + 1);
      }
    }
    for (const [code, count] of [...counts].sort((a, b) => b[1] - a[1])) {
      out(`  ${code}: ${count} files (see docs/rules/${code}.md)`);
    }
    for (const result of flagged) {
      const codes = [...new Set(result.evidence.map((d) => d.code))].join(", ");
      out(`  ${result.row.path}: ${codes}`);
    }
  }
  if (varies.length > 0) {
    out("\nFiles whose server verdict varies between runs (not counted):");
    for (const result of varies) out(`  ${result.row.path}: natsconf ${result.outcome}`);
  }
  return disagreements.length;
}

if (process.argv[1] !== undefined && /agreement\.(ts|mjs|js)$/.test(process.argv[1])) {
  const disagreements = printAgreement(compareCorpus());
  process.exitCode = disagreements === 0 ? 0 : 1;
}
