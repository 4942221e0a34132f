import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { describe, expect, test } from "vitest";

import { findProjectFile, loadProjectFile } from "../../src/project/project-file.js";

const RULE_IDS = ["value-type", "unknown-key"];

function projectWith(text: string): string {
  const folder = mkdtempSync(join(tmpdir(), "natsconf-project-"));
  const path = join(folder, ".natsconf.json");
  writeFileSync(path, text);
  return path;
}

function failure(text: string): string {
  const load = loadProjectFile(projectWith(text), RULE_IDS);
  if (load.ok) throw new Error("expected the project file to be rejected");
  return load.message;
}

describe("findProjectFile", () => {
  test("finds the nearest file upward", () => {
    const root = mkdtempSync(join(tmpdir(), "natsconf-project-"));
    mkdirSync(join(root, "a", "b"), { recursive: true });
    writeFileSync(join(root, ".natsconf.json"), "{}");
    expect(findProjectFile(join(root, "a", "b"))).toBe(join(root, ".natsconf.json"));
    writeFileSync(join(root, "a", ".natsconf.json"), "{}");
    expect(findProjectFile(join(root, "a", "b"))).toBe(join(root, "a", ".natsconf.json"));
  });
});

describe("loadProjectFile", () => {
  test("reads the version and severities", () => {
    const load = loadProjectFile(
      projectWith('{ "serverVersion": "2.9.10", "rules": { "value-type": "off" } }'),
      RULE_IDS,
    );
    expect(load.ok).toBe(true);
    if (!load.ok) return;
    expect(load.settings.serverVersion).toEqual({ major: 2, minor: 9, patch: 10 });
    expect(load.settings.severities.get("value-type")).toBe("off");
  });

  test("a release line means its newest patch", () => {
    const load = loadProjectFile(projectWith('{ "serverVersion": "2.10" }'), RULE_IDS);
    expect(load.ok && load.settings.serverVersion).toEqual({
      major: 2,
      minor: 10,
      patch: Infinity,
    });
  });

  test("invalid JSON", () => {
    expect(failure("{ serverVersion: 2 }")).toMatch(/is not valid JSON/);
  });

  test("not an object", () => {
    expect(failure("[]")).toMatch(/must hold a JSON object/);
  });

  test("unknown field", () => {
    expect(failure('{ "severity": {} }')).toMatch(/unknown field "severity"/);
  });

  test("bad version", () => {
    expect(failure('{ "serverVersion": "latest" }')).toMatch(/write a version such as/);
    expect(failure('{ "serverVersion": "1.4" }')).toMatch(/2\.x only/);
    expect(failure('{ "serverVersion": 2.10 }')).toMatch(/must be a string/);
  });

  test("misspelt rule id gets a suggestion", () => {
    expect(failure('{ "rules": { "value-typ": "off" } }')).toMatch(/did you mean "value-type"/);
  });

  test("bad severity", () => {
    expect(failure('{ "rules": { "value-type": "fatal" } }')).toMatch(
      /must be "error", "warning", "info" or "off"/,
    );
  });
});
