// Formats every corpus file that natsconf's parser accepts and checks that the
// result means the same (the same typed value tree, with includes resolved from
// the file's own folder), keeps every comment in order, and is stable under a
// second run of fmt.

import { join } from "node:path";

import { afterAll, beforeAll, describe, expect, test } from "vitest";

import { formatSource, formatText } from "../../src/fmt/format.js";
import { readSource } from "../../src/read.js";
import { loadConfigText } from "../../src/resolve/load.js";
import { writeTypedJson } from "../../src/resolve/typed-json.js";
import { corpusRoot, readExpected, readVerdicts } from "../support/corpus.js";
import { commentTexts } from "./helpers.js";

const root = corpusRoot();
const rows = readVerdicts(root);

describe("fmt over the conformance corpus", () => {
  let cwd: string;
  beforeAll(() => {
    cwd = process.cwd();
    process.chdir(root);
  });
  afterAll(() => process.chdir(cwd));

  const stats = { formatted: 0, rejected: 0, changed: 0 };

  test.each(rows.map((row) => [row.path, row] as const))("%s", (path, row) => {
    const read = readSource(path);
    if (!read.ok) return expect.fail(`cannot read ${path}: ${read.message}`);
    const result = formatSource(read.source, read.diagnostics);
    if (!result.ok) {
      expect(result.reason, `fmt refused ${path} as unsafe`).toBe("syntax");
      stats.rejected++;
      return;
    }
    stats.formatted++;
    if (result.changed) stats.changed++;

    // Same meaning: the formatted text, read as the same file, gives the tree
    // that nats-server's parser built from the original.
    const loaded = loadConfigText(path, result.text, { env: {} });
    const errors = loaded.diagnostics.filter((d) => d.severity === "error");
    if (row.parseOk) {
      expect(errors.map((d) => d.message)).toEqual([]);
      expect(JSON.parse(writeTypedJson(loaded.root, 1))).toEqual(readExpected(root, path));
    } else {
      // The syntax is fine but resolving fails (a missing variable or include):
      // the formatted file must fail in the same way.
      const original = loadConfigText(path, read.source.text, { env: {} });
      expect(errors.map((d) => d.code)).toEqual(
        original.diagnostics.filter((d) => d.severity === "error").map((d) => d.code),
      );
    }

    expect(commentTexts(result.text)).toEqual(commentTexts(read.source.text));

    const again = formatText(result.text, join(root, path));
    expect(again.ok).toBe(true);
    if (again.ok) expect(again.text).toBe(result.text);
  });

  test("most of the corpus is formatted", () => {
    expect(stats.formatted).toBeGreaterThan(900);
  });
});
