// duplicate-key-case and key-and-alias report what nats-server does with one
// option written in two spellings: one value wins, the items of both apply,
// the blocks merge, or a second store_dir, response type or threshold is
// rejected. These tests check the
// reaction of each finding, and that the real server (2.9.10) shows it.

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { afterAll, describe, expect, test } from "vitest";

import { loadConfigText } from "../../src/resolve/load.js";
import { rule as duplicateKeyCase } from "../../src/rules/duplicate-key-case.js";
import { rule as keyAndAlias } from "../../src/rules/key-and-alias.js";
import { runRules } from "../../src/rules/run.js";
import { parseServerVersion } from "../../src/target/version.js";
import { countVerdicts } from "../support/nats-server.js";

function lint(text: string) {
  const config = loadConfigText("spellings.conf", text, { env: {} });
  return runRules(config, {
    rules: [duplicateKeyCase, keyAndAlias],
    target: parseServerVersion("2.9.10")!,
  });
}

const directory = mkdtempSync(join(tmpdir(), "natsconf-spellings-"));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

const ACCEPTED: [string, string][] = [
  [
    "leaf and leafnodes",
    'leaf {\n  listen: "127.0.0.1:-1"\n}\nleafnodes {\n  no_advertise: true\n}\n',
  ],
  [
    "jetstream blocks, one store_dir",
    'jetstream {\n  store_dir: "/tmp/a"\n}\nJetStream {\n  max_mem: 1G\n}\n',
  ],
  ["store_dir and storedir, both empty", 'store_dir: ""\nstoredir: ""\n'],
];

const SOMETIMES: [string, string][] = [
  ["store_dir and storedir, one empty", 'store_dir: ""\nstoredir: "/tmp/a"\n'],
  [
    "jetstream blocks, one store_dir empty",
    'jetstream {\n  store_dir: ""\n}\nJetStream {\n  store_dir: "/tmp/a"\n}\n',
  ],
];

const ALWAYS: [string, string][] = [
  ["store_dir and storedir", 'store_dir: "/tmp/a"\nstoredir: "/tmp/a"\n'],
  [
    "store_dir and storedir in jetstream",
    'jetstream {\n  store_dir: "/tmp/a"\n  storedir: "/tmp/a"\n}\n',
  ],
  [
    "jetstream blocks, both store_dir",
    'jetstream {\n  store_dir: "/tmp/a"\n}\nJetStream {\n  store_dir: "/tmp/a"\n}\n',
  ],
  [
    "response and response_type in one export",
    "accounts {\n  A { exports: [ { service: foo, response: stream, response_type: stream } ] }\n}\n",
  ],
  [
    "threshold and response_threshold in one export",
    'accounts {\n  A { exports: [ { service: foo, threshold: "1s", response_threshold: "1s" } ] }\n}\n',
  ],
];

describe("spellings that the server accepts", () => {
  test.each(ACCEPTED)("%s: accepts", (_name, text) => {
    const findings = lint(text);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.server).toBe("accepts");
  });

  test.each(ACCEPTED)("%s: 2.9.10 accepts on every run", async (_name, text) => {
    expect((await countVerdicts(text, directory)).rejected).toBe(0);
  });
});

describe("spellings rejected in some orders", () => {
  test.each(SOMETIMES)("%s: rejects-sometimes", (_name, text) => {
    const findings = lint(text);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.server).toBe("rejects-sometimes");
    expect(findings[0]!.message).toContain("Duplicate 'store_dir' configuration");
  });

  test.each(SOMETIMES)("%s: 2.9.10 rejects on some runs", async (_name, text) => {
    const verdicts = await countVerdicts(text, directory);
    expect(verdicts.rejected).toBeGreaterThan(0);
    expect(verdicts.accepted).toBeGreaterThan(0);
  });
});

describe("spellings rejected in every order", () => {
  test.each(ALWAYS)("%s: rejects", (_name, text) => {
    const findings = lint(text);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.server).toBe("rejects");
  });

  test.each(ALWAYS)("%s: 2.9.10 rejects on every run", async (_name, text) => {
    expect((await countVerdicts(text, directory)).accepted).toBe(0);
  });
});

describe("messages", () => {
  test("leaf blocks merge", () => {
    const [finding] = lint("leaf {\n  port: 7422\n}\nleafnodes {\n  no_advertise: true\n}\n");
    expect(finding!.message).toContain("merges their options");
  });

  test("import arrays add up", () => {
    const [finding] = lint("accounts {\n  A {\n    imports: []\n    Imports: []\n  }\n}\n");
    expect(finding!.message).toContain("adds the items of every imports array");
  });

  test("other options keep one value", () => {
    const [finding] = lint("max_connections: 100\nmax_conn: 200\n");
    expect(finding!.message).toContain("either value may win");
    expect(finding!.server).toBe("accepts");
  });
});
