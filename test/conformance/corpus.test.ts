// Runs natsconf's parser over every file of the conformance corpus and compares
// the verdict and the value tree with what nats-server's own parser produced,
// under an empty environment and with includes relative to each file.

import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

import { afterAll, beforeAll, describe, expect, test } from "vitest";

import { parseFile } from "../../src/cli/commands/parse.js";
import { writeTypedJson } from "../../src/resolve/typed-json.js";
import { corpusRoot, readExpected, readVerdicts } from "../support/corpus.js";

const root = corpusRoot();
const rows = readVerdicts(root);

function readKnownDifferences(): Map<string, string> {
  const file = fileURLToPath(new URL("known-differences.tsv", import.meta.url));
  const differences = new Map<string, string>();
  for (const line of readFileSync(file, "utf8").split("\n")) {
    if (line.startsWith("#") || line.trim() === "" || line.startsWith("path\t")) continue;
    const [path, reason] = line.split("\t");
    if (path === undefined || reason === undefined || reason.trim() === "")
      throw new Error(`Bad known-differences line: ${line}`);
    differences.set(path, reason);
  }
  return differences;
}

const knownDifferences = readKnownDifferences();

describe("conformance corpus", () => {
  let cwd: string;
  beforeAll(() => {
    cwd = process.cwd();
    // Paths in VERDICTS.tsv are relative to the corpus folder.
    process.chdir(root);
  });
  afterAll(() => process.chdir(cwd));

  test("corpus holds every file", () => {
    expect(rows.length).toBe(1071);
  });

  test.each(rows.map((row) => [row.path, row] as const))("%s", (path, row) => {
    const parsed = parseFile(path, { env: {} });
    const known = knownDifferences.get(path);
    const expected = readExpected(root, path) as { error?: string };

    if (!parsed.ok) {
      expect.fail(`natsconf could not read ${path}: ${parsed.message}`);
      return;
    }
    if (known !== undefined) {
      expect(
        row.parseOk,
        `${path} is listed as a known difference but the server rejects it too`,
      ).toBe(true);
      expect(
        parsed.rejected,
        `${path} is listed as a known difference (${known}) but natsconf accepts it`,
      ).toBe(true);
      return;
    }
    if (!row.parseOk) {
      expect(parsed.rejected, `the server rejects ${path}: ${expected.error}`).toBe(true);
      return;
    }
    const errors = parsed.diagnostics
      .filter((d) => d.severity === "error")
      .map((d) => `${d.code} ${d.message}`);
    expect(errors, `the server accepts ${path}`).toEqual([]);
    // Both sides go through JSON.parse, so "v" of an int64 beyond 2^53 is
    // rounded alike; its exact digits are compared in "s".
    expect(JSON.parse(writeTypedJson(parsed.root, 1))).toEqual(expected);
  });

  test("known differences name corpus files", () => {
    const paths = new Set(rows.map((row) => row.path));
    for (const path of knownDifferences.keys()) expect(paths.has(path), path).toBe(true);
  });
});
