// Lint with --server-version 2.9.10 and file checks must agree with
// `nats-server -t` 2.9.10 on every corpus file whose server verdict is stable:
// both reject, or both accept. Files the server accepts but natsconf flags
// for a start-up or run-time problem count as agreement; their rules' docs
// say what the server does. Known disagreements need an entry with its cause in
// agreement-known.tsv, and the test fails when a listed file starts to agree.

import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

import { describe, expect, test } from "vitest";

import { compareCorpus, type FileAgreement } from "../../scripts/agreement.js";

function readKnown(): Map<string, string> {
  const file = fileURLToPath(new URL("agreement-known.tsv", import.meta.url));
  const known = new Map<string, string>();
  for (const line of readFileSync(file, "utf8").split("\n")) {
    if (line.startsWith("#") || line.trim() === "") continue;
    const [path, cause] = line.split("\t");
    if (path === undefined || cause === undefined || cause.trim() === "")
      throw new Error(`Bad agreement-known.tsv line: ${line}`);
    known.set(path, cause);
  }
  return known;
}

function describeResult(result: FileAgreement): string {
  if (result.outcome === "missed") {
    return `${result.row.path}: natsconf accepts, nats-server says ${result.row.server29FirstMessage}`;
  }
  const codes = result.evidence.map(
    (d) => `${d.code} at ${d.range.start.line}:${d.range.start.column}`,
  );
  return `${result.row.path}: natsconf rejects (${codes.join(", ")}), nats-server accepts`;
}

describe("agreement with nats-server -t 2.9.10", () => {
  const results = compareCorpus();
  const known = readKnown();
  const stable = results.filter((result) => !result.row.verdictVaries);

  test("every stable verdict agrees, or is a listed difference", () => {
    const unexplained = stable
      .filter((result) => result.outcome === "missed" || result.outcome === "false-reject")
      .filter((result) => !known.has(result.row.path))
      .map(describeResult);
    expect(unexplained).toEqual([]);
  });

  test("every listed difference still disagrees", () => {
    const disagreeing = new Set(
      stable
        .filter((result) => result.outcome === "missed" || result.outcome === "false-reject")
        .map((result) => result.row.path),
    );
    const stale = [...known.keys()].filter((path) => !disagreeing.has(path));
    expect(stale).toEqual([]);
  });

  test("natsconf never rejects a file that nats-server accepts", () => {
    expect(
      stable.filter((result) => result.outcome === "false-reject").map(describeResult),
    ).toEqual([]);
  });
});
