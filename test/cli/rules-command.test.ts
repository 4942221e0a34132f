import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

import { describe, expect, test } from "vitest";

import { RULES } from "../../src/rules/index.js";
import { REPOSITORY_ROOT } from "../support/corpus.js";
import { runCli, temporaryFiles } from "../support/cli.js";

describe("natsconf rules", () => {
  test("lists every rule", () => {
    const result = runCli(["rules"]);
    expect(result.status).toBe(0);
    for (const rule of RULES) expect(result.stdout).toContain(rule.meta.id);
  });

  test("--json lists rules with docs paths", () => {
    const result = runCli(["rules", "--json"]);
    expect(result.status).toBe(0);
    const parsed = JSON.parse(result.stdout) as {
      version: number;
      rules: { id: string; docs: string }[];
    };
    expect(parsed.version).toBe(1);
    expect(parsed.rules.map((rule) => rule.id)).toEqual(RULES.map((rule) => rule.meta.id));
    for (const rule of parsed.rules)
      expect(existsSync(join(REPOSITORY_ROOT, rule.docs))).toBe(true);
  });
});

describe("natsconf explain", () => {
  test("prints the rule's page", () => {
    const result = runCli(["explain", "value-type"]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^# value-type\n/);
    expect(result.stdout).toContain("## Why it matters");
  });

  test("unknown rule suggests the nearest id", () => {
    const result = runCli(["explain", "value-typ"]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('Did you mean "value-type"?');
  });
});

describe("target version and project file", () => {
  const config = 'tls {\n  cert_file: "a.pem"\n  key_file: "b.pem"\n  min_version: "1.3"\n}\n';

  test("--server-version picks the target", () => {
    const folder = temporaryFiles({ "server.conf": config });
    expect(runCli(["lint", "server.conf"], { cwd: folder }).stdout).not.toContain(
      "option-not-in-version",
    );
    const old = runCli(["lint", "--server-version", "2.9.10", "server.conf"], { cwd: folder });
    expect(old.status).toBe(1);
    expect(old.stdout).toContain("[option-not-in-version]");
    expect(old.stdout).toContain("nats-server 2.9.10 rejects it");
  });

  test("--server-version rejects a bad version", () => {
    const folder = temporaryFiles({ "server.conf": config });
    const result = runCli(["lint", "--server-version", "two", "server.conf"], { cwd: folder });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("--server-version takes a version such as 2.10 or 2.9.10");
  });

  test("project file above the config sets version and severity", () => {
    const folder = temporaryFiles({
      ".natsconf.json":
        '{ "serverVersion": "2.9.10", "rules": { "option-not-in-version": "warning" } }',
    });
    mkdirSync(join(folder, "conf"));
    writeFileSync(join(folder, "conf", "server.conf"), config);
    const result = runCli(["lint", "conf/server.conf"], { cwd: folder });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("warning [option-not-in-version]");
  });

  test("--server-version wins over the project file", () => {
    const folder = temporaryFiles({
      ".natsconf.json": '{ "serverVersion": "2.9.10" }',
      "server.conf": config,
    });
    const result = runCli(["lint", "--server-version", "2.11", "server.conf"], { cwd: folder });
    expect(result.stdout).not.toContain("option-not-in-version");
  });

  test("broken project file stops with exit code 2", () => {
    const folder = temporaryFiles({ ".natsconf.json": "{ not json", "server.conf": config });
    const result = runCli(["lint", "server.conf"], { cwd: folder });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(".natsconf.json: is not valid JSON");
  });
});
