// Runs each rule's cases, and checks that every rule has cases and a docs page.

import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

import { describe, expect, test } from "vitest";

import { createTlsFileReader } from "../../src/certs/reader.js";
import { loadConfigText } from "../../src/resolve/load.js";
import { RULES } from "../../src/rules/index.js";
import { runRules } from "../../src/rules/run.js";
import { docsPath, type Rule } from "../../src/rules/types.js";
import { parseServerVersion } from "../../src/target/version.js";
import { REPOSITORY_ROOT } from "../support/corpus.js";
import type { CaseFileChecks, RuleCases } from "./cases/types.js";

async function loadCases(id: string): Promise<RuleCases | undefined> {
  const file = join(REPOSITORY_ROOT, "test", "rules", "cases", `${id}.ts`);
  if (!existsSync(file)) return undefined;
  return ((await import(`./cases/${id}.ts`)) as { default: RuleCases }).default;
}

function findingsOf(
  rule: Rule,
  config: string,
  serverVersion: string | undefined,
  checkFiles?: CaseFileChecks,
) {
  const loaded = loadConfigText("test.conf", config, { env: {} });
  const syntaxErrors = loaded.diagnostics.filter((d) => d.severity === "error");
  expect(
    syntaxErrors.map((d) => d.message),
    "the case must parse",
  ).toEqual([]);
  const target = serverVersion === undefined ? undefined : parseServerVersion(serverVersion);
  if (serverVersion !== undefined && target === undefined)
    throw new Error(`bad serverVersion ${serverVersion} in a case`);
  const files =
    checkFiles === undefined
      ? undefined
      : {
          cwd: checkFiles.cwd,
          expiryDays: checkFiles.expiryDays ?? 30,
          now: new Date(),
          reader: createTlsFileReader(),
        };
  return runRules(loaded, {
    rules: [rule],
    ...(target === undefined ? {} : { target }),
    ...(files === undefined ? {} : { files }),
  });
}

test("rule ids are unique and name their files", () => {
  const ids = RULES.map((rule) => rule.meta.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const id of ids) {
    expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(existsSync(join(REPOSITORY_ROOT, "src", "rules", `${id}.ts`)), id).toBe(true);
  }
});

describe.each(RULES.map((rule) => [rule.meta.id, rule] as const))("%s", (id, rule) => {
  test("has a docs page with every section", () => {
    const path = join(REPOSITORY_ROOT, docsPath(id));
    expect(existsSync(path), `${docsPath(id)} is missing`).toBe(true);
    const page = readFileSync(path, "utf8");
    for (const heading of [
      "## What it detects",
      "## Why it matters",
      "## Bad",
      "## Good",
      "## Known limitations",
    ]) {
      expect(page, `${docsPath(id)} lacks "${heading}"`).toContain(heading);
    }
    expect(page).toContain(`Severity: ${rule.meta.severity}`);
  });

  test("has cases that pass and fail", async () => {
    const cases = await loadCases(id);
    expect(cases, `test/rules/cases/${id}.ts is missing`).toBeDefined();
    expect(cases!.valid.length).toBeGreaterThan(0);
    expect(cases!.invalid.length).toBeGreaterThan(0);
  });

  test("accepts its valid cases", async () => {
    const cases = await loadCases(id);
    for (const valid of cases?.valid ?? []) {
      expect(
        findingsOf(rule, valid.config, valid.serverVersion, valid.checkFiles).map((d) => d.message),
        valid.name,
      ).toEqual([]);
    }
  });

  test("reports its invalid cases", async () => {
    const cases = await loadCases(id);
    for (const invalid of cases?.invalid ?? []) {
      const findings = findingsOf(rule, invalid.config, invalid.serverVersion, invalid.checkFiles);
      const positions = findings.map((d) => ({
        line: d.range.start.line,
        column: d.range.start.column,
      }));
      expect(positions, invalid.name).toEqual(invalid.findings);
      for (const finding of findings) {
        expect(finding.code).toBe(id);
        expect(finding.severity).toBe(rule.meta.severity);
        expect(finding.help, `${invalid.name}: every finding says how to fix it`).toBeTruthy();
      }
    }
  });
});
