// Runs the hooks of .pre-commit-hooks.yaml with the real pre-commit framework. pre-commit
// installs them from a git snapshot of this work tree, as it does for a user's `repo:`
// entry: it runs `npm install` in its clone (the `prepare` script builds dist/), packs the
// package and installs it with the system Node.js. Only the npm registry is reached.

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { afterAll, beforeAll, describe, expect, test } from "vitest";

import { REPOSITORY_ROOT } from "../support/corpus.js";
import {
  createRepository,
  findPreCommit,
  git,
  GIT_ENV,
  runCommand,
  snapshotRepository,
  type CommandResult,
} from "../support/pre-commit.js";

const CLEAN =
  'server_name: hub\nlisten: 127.0.0.1:4222\n\njetstream {\n  store_dir: "/var/lib/nats"\n  max_mem: 1GB\n}\n';
/** nats-server rejects a string port; natsconf reports it as value-type. */
const BROKEN = 'port: "4222"\n';
/** Mixed indentation and trailing blanks, which any formatting of the file changes. */
const UNFORMATTED =
  'server_name:   hub   \nlisten:     127.0.0.1:4222\njetstream {\n        store_dir: "/var/lib/nats"\n   max_mem: 1GB\n}\n\n\n';

let workDirectory = "";
let preCommit = "";
let hookEnv: NodeJS.ProcessEnv = {};
let preCommitConfig = "";
/** The repository the hook tests run in. Each commit test creates its own. */
let sample = "";

/**
 * Returns the environment of a user's shell. It is this process's environment without the
 * npm_* variables that `npm test` sets for its scripts, because they would reach the npm
 * that pre-commit runs. The GitHub Actions and colour variables are cleared too, because
 * they change lint's output format.
 */
function userEnvironment(preCommitHome: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (!name.toLowerCase().startsWith("npm_")) env[name] = value;
  }
  return {
    ...env,
    ...GIT_ENV,
    PRE_COMMIT_HOME: preCommitHome,
    SKIP: undefined,
    GITHUB_ACTIONS: undefined,
    GITHUB_STEP_SUMMARY: undefined,
    FORCE_COLOR: undefined,
    NO_COLOR: undefined,
  };
}

/** Creates a git repository with the natsconf hooks configured and the config staged. */
function createSample(name: string): string {
  const directory = join(workDirectory, name);
  createRepository(directory, { ".pre-commit-config.yaml": preCommitConfig });
  git(directory, "add", ".pre-commit-config.yaml");
  return directory;
}

function runPreCommit(cwd: string, ...args: string[]): CommandResult {
  return runCommand(preCommit, args, cwd, hookEnv, 120_000);
}

function gitCommit(cwd: string, message: string): CommandResult {
  return runCommand("git", ["commit", "--message", message], cwd, hookEnv, 120_000);
}

/**
 * Writes a file into a sample repository and stages it, as a user does before a commit.
 * pre-commit detects a hook's rewrites only in files that git tracks.
 */
function stageFile(cwd: string, name: string, text: string): void {
  writeFileSync(join(cwd, name), text);
  git(cwd, "add", name);
}

beforeAll(() => {
  preCommit = findPreCommit();
  workDirectory = mkdtempSync(join(tmpdir(), "natsconf-pre-commit-"));
  hookEnv = userEnvironment(join(workDirectory, "pre-commit-home"));

  const hooksRepository = join(workDirectory, "natsconf");
  const revision = snapshotRepository(REPOSITORY_ROOT, hooksRepository);
  // The system Node.js, because nodeenv would otherwise download one. The check-only
  // variant of the fmt hook runs only when asked for, with --hook-stage manual.
  preCommitConfig = [
    "repos:",
    `  - repo: ${hooksRepository}`,
    `    rev: ${revision}`,
    "    hooks:",
    "      - id: natsconf-lint",
    "        language_version: system",
    "      - id: natsconf-fmt",
    "        language_version: system",
    "      - id: natsconf-fmt",
    "        alias: natsconf-fmt-check",
    "        args: [--check]",
    "        stages: [manual]",
    "        language_version: system",
    "",
  ].join("\n");
  sample = createSample("sample");

  const started = Date.now();
  const installed = runPreCommit(sample, "install-hooks");
  if (installed.status !== 0) {
    throw new Error(
      `pre-commit install-hooks exited ${installed.status}:\n${installed.output}\n` +
        `pre-commit's log: ${join(workDirectory, "pre-commit-home", "pre-commit.log")}`,
    );
  }
  console.info(
    `pre-commit installed the natsconf hooks in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
}, 240_000);

afterAll(() => {
  if (workDirectory !== "") rmSync(workDirectory, { recursive: true, force: true });
});

describe("natsconf-lint hook", () => {
  test("passes a clean config", () => {
    stageFile(sample, "clean.conf", CLEAN);
    const result = runPreCommit(sample, "run", "natsconf-lint", "--files", "clean.conf");
    expect(result.output).toMatch(/natsconf lint\.+Passed/);
    expect(result.status).toBe(0);
  });

  test("fails a broken config with the rule id", () => {
    stageFile(sample, "broken.conf", BROKEN);
    const result = runPreCommit(sample, "run", "natsconf-lint", "--files", "broken.conf");
    expect(result.output).toMatch(/natsconf lint\.+Failed/);
    expect(result.output).toContain("broken.conf:1:1");
    expect(result.output).toContain("[value-type]");
    expect(result.status).toBe(1);
  });

  test("skips files that are not .conf", () => {
    stageFile(sample, "notes.txt", BROKEN);
    const result = runPreCommit(sample, "run", "natsconf-lint", "--files", "notes.txt");
    expect(result.output).toMatch(/natsconf lint\.+\(no files to check\)Skipped/);
    expect(result.status).toBe(0);
  });
});

describe("natsconf-fmt hook", () => {
  test("rewrites an unformatted config", () => {
    stageFile(sample, "rewrite.conf", UNFORMATTED);
    const first = runPreCommit(sample, "run", "natsconf-fmt", "--files", "rewrite.conf");
    expect(first.output).toMatch(/natsconf fmt\.+Failed/);
    expect(first.output).toContain("files were modified by this hook");
    expect(first.status).toBe(1);
    const formatted = readFileSync(join(sample, "rewrite.conf"), "utf8");
    expect(formatted).not.toBe(UNFORMATTED);
    expect(formatted).toContain("server_name");

    const second = runPreCommit(sample, "run", "natsconf-fmt", "--files", "rewrite.conf");
    expect(second.output).toMatch(/natsconf fmt\.+Passed/);
    expect(second.status).toBe(0);
    expect(readFileSync(join(sample, "rewrite.conf"), "utf8")).toBe(formatted);
  });

  test("with --check reports without rewriting", () => {
    stageFile(sample, "check.conf", UNFORMATTED);
    const result = runPreCommit(
      sample,
      "run",
      "natsconf-fmt-check",
      "--hook-stage",
      "manual",
      "--files",
      "check.conf",
    );
    expect(result.output).toMatch(/natsconf fmt\.+Failed/);
    expect(result.output).toContain("check.conf");
    expect(result.output).not.toContain("files were modified by this hook");
    expect(result.status).not.toBe(0);
    expect(readFileSync(join(sample, "check.conf"), "utf8")).toBe(UNFORMATTED);
  });
});

describe("git commit with the hooks installed", () => {
  test("rejects a broken config", () => {
    const repository = createSample("commit-rejected");
    const installed = runPreCommit(repository, "install");
    expect(installed.output).toContain("pre-commit installed");
    expect(installed.status).toBe(0);

    stageFile(repository, "server.conf", CLEAN);
    stageFile(repository, "leaf.conf", BROKEN);
    const result = gitCommit(repository, "Add configs");
    expect(result.output).toContain("leaf.conf:1:1");
    expect(result.output).toContain("[value-type]");
    expect(result.output).not.toContain("server.conf:");
    expect(result.status).not.toBe(0);
    const head = runCommand("git", ["rev-parse", "--verify", "HEAD"], repository, hookEnv);
    expect(head.status).not.toBe(0);
  });

  test("accepts a clean formatted config", () => {
    const repository = createSample("commit-accepted");
    expect(runPreCommit(repository, "install").status).toBe(0);

    stageFile(repository, "server.conf", CLEAN);
    const result = gitCommit(repository, "Add server.conf");
    expect(result.output).toMatch(/natsconf lint\.+Passed/);
    expect(result.output).toMatch(/natsconf fmt\.+Passed/);
    expect(result.status).toBe(0);
    const committed = git(repository, "show", "--name-only", "--format=", "HEAD").split("\n");
    expect(committed).toContain("server.conf");
  });

  test("rewrites an unformatted config and rejects", () => {
    const repository = createSample("commit-unformatted");
    expect(runPreCommit(repository, "install").status).toBe(0);

    stageFile(repository, "server.conf", UNFORMATTED);
    const first = gitCommit(repository, "Add server.conf");
    expect(first.output).toMatch(/natsconf fmt\.+Failed/);
    expect(first.output).toContain("files were modified by this hook");
    expect(first.status).not.toBe(0);

    // Staging the rewritten file is what the user does next, and then the commit passes.
    git(repository, "add", "server.conf");
    const second = gitCommit(repository, "Add server.conf");
    expect(second.output).toMatch(/natsconf fmt\.+Passed/);
    expect(second.status).toBe(0);
  });
});
