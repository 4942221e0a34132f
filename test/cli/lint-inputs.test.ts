import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";

import { describe, expect, test } from "vitest";

import type { JsonReport } from "../../src/cli/format/json.js";
import { runCli, type CliResult } from "../support/cli.js";
import { temporaryFiles } from "../support/cli.js";

const CLEAN = "listen: 127.0.0.1:4222\n";
const BAD = "bogus: 1\n";

/** Creates a tree of configs and other files, and returns its folder. */
function tree(): string {
  const directory = temporaryFiles({ "top.conf": CLEAN, "notes.txt": BAD });
  mkdirSync(join(directory, "sub", "deeper"), { recursive: true });
  mkdirSync(join(directory, "node_modules", "pkg"), { recursive: true });
  mkdirSync(join(directory, ".hidden"));
  writeFileSync(join(directory, "sub", "a.conf"), BAD);
  writeFileSync(join(directory, "sub", "deeper", "b.conf"), CLEAN);
  writeFileSync(join(directory, "sub", "c.cfg"), BAD);
  writeFileSync(join(directory, "node_modules", "pkg", "x.conf"), BAD);
  writeFileSync(join(directory, ".hidden", "y.conf"), BAD);
  return directory;
}

function lintJson(args: string[], cwd: string): { result: CliResult; report: JsonReport } {
  const result = runCli(["lint", "-f", "json", ...args], {
    cwd,
    env: { GITHUB_ACTIONS: undefined },
  });
  return { result, report: JSON.parse(result.stdout || "null") as JsonReport };
}

describe("lint inputs", () => {
  test("directory is searched for *.conf", () => {
    const directory = tree();
    const { result, report } = lintJson(["."], directory);
    expect(report.files).toEqual(["sub/a.conf", "sub/deeper/b.conf", "top.conf"]);
    expect(report.summary.errors).toBe(1);
    expect(result.status).toBe(1);
  });

  test("glob pattern is expanded", () => {
    const directory = tree();
    const { result, report } = lintJson(["sub/**/*.{conf,cfg}"], directory);
    expect(report.files).toEqual(["sub/a.conf", "sub/c.cfg", "sub/deeper/b.conf"]);
    expect(report.summary.errors).toBe(2);
    expect(result.status).toBe(1);
  });

  test("absolute pattern gives absolute paths", () => {
    const directory = tree();
    const { report } = lintJson([join(directory, "sub", "*.conf")], directory);
    expect(report.files).toEqual([join(directory, "sub", "a.conf")]);
  });

  test("file reached twice counts once", () => {
    const directory = tree();
    symlinkSync(join(directory, "top.conf"), join(directory, "link.conf"));
    const { report } = lintJson(
      ["top.conf", "./top.conf", join(directory, "top.conf"), "*.conf", "."],
      directory,
    );
    expect(report.files).toEqual(["top.conf", "sub/a.conf", "sub/deeper/b.conf"]);
    expect(report.summary.files).toBe(3);
  });

  test("files, directory and stdin in one run", () => {
    const directory = tree();
    const result = runCli(["lint", "-f", "compact", "top.conf", "sub", "-"], {
      cwd: directory,
      input: BAD,
    });
    expect(result.stdout.trimEnd().split("\n").sort()).toEqual([
      '<stdin>:1:1: error [unknown-key] Unknown key "bogus" at the top level; nats-server rejects the config.',
      'sub/a.conf:1:1: error [unknown-key] Unknown key "bogus" at the top level; nats-server rejects the config.',
    ]);
  });

  test("pattern without matches exits 2", () => {
    const directory = tree();
    const result = runCli(["lint", "missing/*.conf"], { cwd: directory });
    expect(result.stderr).toContain("no files match the pattern missing/*.conf");
    expect(result.status).toBe(2);
  });

  test("directory without configs exits 2", () => {
    const directory = tree();
    mkdirSync(join(directory, "empty"));
    const result = runCli(["lint", "empty", "sub/deeper"], { cwd: directory });
    expect(result.stderr).toContain("empty is a directory without *.conf files");
    expect(result.status).toBe(2);
  });
});
