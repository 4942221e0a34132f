// include directives: path resolution, merging, scope and cycles, checked
// against the nats-server parser behaviour (conf/parse.go as of v2.14).
// Every test writes its files into a fresh temporary directory.

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

import { afterEach, beforeEach, describe, expect, test } from "vitest";

import { load, type LoadOutcome } from "../grammar/config-helpers.js";

let directory: string;

beforeEach(() => {
  directory = mkdtempSync(join(tmpdir(), "natsconf-include-"));
});

afterEach(() => {
  rmSync(directory, { recursive: true, force: true });
});

/** Writes `text` to `relativePath` under the test directory and returns the full path. */
function writeConf(relativePath: string, text: string): string {
  const path = join(directory, relativePath);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  return path;
}

/** Writes main.conf and loads it as the top-level config. */
function loadMain(text: string, env: Record<string, string> = {}): LoadOutcome {
  return load(text, env, writeConf("main.conf", text));
}

function expectConfig(text: string, expected: Record<string, unknown>): void {
  const outcome = loadMain(text);
  expect(outcome.errors, text).toEqual([]);
  expect(outcome.root, text).toStrictEqual(expected);
}

function filesWithErrors(outcome: LoadOutcome): string[] {
  return outcome.config.diagnostics
    .filter((diagnostic) => diagnostic.severity === "error")
    .map((diagnostic) => diagnostic.file);
}

describe("paths", () => {
  beforeEach(() => {
    writeConf("extra.conf", "from = extra\n");
  });

  test.each([
    ["include extra.conf"],
    ['include "extra.conf"'],
    ["include 'extra.conf'"],
    ["include ./extra.conf"],
    ["include\textra.conf"],
    ["Include extra.conf"],
    ["INCLUDE extra.conf"],
    ["include extra.conf;"],
    ["include extra.conf # note"],
    ["include extra.conf'"],
  ])("%j", (text) => {
    expectConfig(text, { from: "extra" });
  });

  test("relative to including file", () => {
    writeConf("conf/sub/users.conf", "user = alice\n");
    const text = "include sub/users.conf\n";
    const outcome = load(text, {}, writeConf("conf/main.conf", text));
    expect(outcome.errors).toEqual([]);
    expect(outcome.root).toStrictEqual({ user: "alice" });
  });

  test("nested include relative to own file", () => {
    writeConf("sub/users.conf", "user = alice\ninclude ./secrets/pass.conf\n");
    writeConf("sub/secrets/pass.conf", "pass = right\n");
    writeConf("secrets/pass.conf", "pass = wrong\n");
    expectConfig("include sub/users.conf\n", { user: "alice", pass: "right" });
  });

  test("parent directory", () => {
    writeConf("shared/common.conf", "include ../extra.conf\nshared = yes\n");
    expectConfig("include shared/common.conf", { from: "extra", shared: true });
  });

  test("quoted path with space", () => {
    writeConf("my file.conf", "spaced = 1\n");
    expectConfig('include "my file.conf"', { spaced: 1n });
    expectConfig("include 'my file.conf'", { spaced: 1n });
  });

  // A backslash is a path separator on Windows, so the file name below exists only on POSIX.
  test.skipIf(process.platform === "win32")("quoted path keeps backslash", () => {
    writeConf("a\\tb.conf", "slashed = 1\n");
    expectConfig('include "a\\tb.conf"', { slashed: 1n });
  });

  test("comma does not end bare path", () => {
    const outcome = loadMain("include extra.conf,\n");
    expect(outcome.errors).toEqual(["include/unreadable"]);
  });

  test("then more keys", () => {
    expectConfig("include extra.conf; after = 1\n", { from: "extra", after: 1n });
  });

  test("absolute path joins directory", () => {
    const absolute = writeConf("abs.conf", "where = real\n");
    writeConf(join(directory, "abs.conf"), "where = joined\n");
    const outcome = loadMain(`include ${absolute}\n`);
    expect(outcome.errors).toEqual([]);
    expect(outcome.warnings).toEqual(["include/absolute-path"]);
    expect(outcome.root).toStrictEqual({ where: "joined" });
  });

  test("absolute path missing after join", () => {
    const absolute = writeConf("only-real.conf", "where = real\n");
    const outcome = loadMain(`include "${absolute}"\n`);
    expect(outcome.warnings).toContain("include/absolute-path");
    expect(outcome.errors).toEqual(["include/unreadable"]);
    expect(outcome.root).toStrictEqual({});
  });

  test("missing file", () => {
    const outcome = loadMain("before = 1\ninclude nowhere.conf\nafter = 2\n");
    expect(outcome.errors).toEqual(["include/unreadable"]);
    expect(outcome.root).toStrictEqual({ before: 1n, after: 2n });
  });

  test("directory as path", () => {
    mkdirSync(join(directory, "folder"));
    expect(loadMain("include folder\n").errors).toEqual(["include/unreadable"]);
  });

  test("empty path", () => {
    expect(loadMain("include ").errors).toEqual(["include/unreadable"]);
  });

  test.each([
    ["include 1.conf"],
    ["include -x.conf"],
    ["include [x]"],
    ["include {x}"],
    ["include (x)"],
    ["include \\x"],
    ["include\nextra.conf"],
  ])("invalid path %j", (text) => {
    expect(loadMain(text).errors).toContain("syntax/include-path");
  });
});

describe("merging", () => {
  test("later keys override included", () => {
    writeConf("base.conf", "port = 1\nname = base\n");
    expectConfig("include base.conf\nport = 2\n", { port: 2n, name: "base" });
  });

  test("included keys override earlier", () => {
    writeConf("base.conf", "port = 1\n");
    expectConfig("port = 0\ninclude base.conf\n", { port: 1n });
  });

  test("included map replaces earlier map", () => {
    writeConf("base.conf", "m { b = 2 }\n");
    expectConfig("m { a = 1 }\ninclude base.conf\n", { m: { b: 2n } });
  });

  test("into a map", () => {
    writeConf("users.conf", "user = bob\npass = x\n");
    expectConfig("auth {\n  include users.conf\n  timeout = 2\n}\n", {
      auth: { user: "bob", pass: "x", timeout: 2n },
    });
  });

  test("into a map on one line", () => {
    writeConf("users.conf", "user = bob\n");
    expectConfig("auth {include users.conf}", { auth: { user: "bob" } });
  });

  test("inside top-level braces", () => {
    writeConf("part.conf", "a = 1\n");
    expectConfig("{\n  include part.conf\n  b = 2\n}\n", { a: 1n, b: 2n });
  });

  test("JSON file", () => {
    writeConf("users.json", '{\n  "users": [\n    {"user": "a", "password": "p"}\n  ]\n}\n');
    expectConfig("auth { include 'users.json' }", {
      auth: { users: [{ user: "a", password: "p" }] },
    });
  });

  test.each([[""], ["\n\n"], ["# nothing here\n"], ["{}\n"]])("empty file %j", (content) => {
    writeConf("empty.conf", content);
    expectConfig("a = 1\ninclude empty.conf\nb = 2\n", { a: 1n, b: 2n });
  });

  test("same file twice", () => {
    writeConf("part.conf", "n = 1\n");
    expectConfig("include part.conf\nm { include part.conf }\n", { n: 1n, m: { n: 1n } });
  });

  test("shared file is not a cycle", () => {
    writeConf("left.conf", "include shared.conf\nleft = 1\n");
    writeConf("right.conf", "include shared.conf\nright = 1\n");
    writeConf("shared.conf", "shared = 1\n");
    expectConfig("include left.conf\ninclude right.conf\n", { shared: 1n, left: 1n, right: 1n });
  });
});

describe("variables across files", () => {
  test("included file cannot see includer", () => {
    const included = writeConf("usev.conf", "w = $v\n");
    const outcome = loadMain("v = 1\ninclude usev.conf\n");
    expect(outcome.errors).toEqual(["variable/not-found"]);
    expect(filesWithErrors(outcome)).toEqual([included]);
    expect(outcome.root).toStrictEqual({ v: 1n });
  });

  test("map include cannot see map keys", () => {
    writeConf("usev.conf", "w = $v\n");
    const outcome = loadMain("m {\n  v = 1\n  include usev.conf\n}\n");
    expect(outcome.errors).toEqual(["variable/not-found"]);
  });

  test("includer sees included keys", () => {
    writeConf("vars.conf", "PASS = secret\n");
    expectConfig("include vars.conf\nuser { password = $PASS }\n", {
      PASS: "secret",
      user: { password: "secret" },
    });
  });

  test("included file uses own keys", () => {
    writeConf("users.conf", "ALICE = 'a-pass'\nusers = [ { user: alice, password: $ALICE } ]\n");
    expectConfig("authorization { include users.conf }", {
      authorization: { ALICE: "a-pass", users: [{ user: "alice", password: "a-pass" }] },
    });
  });

  test("included file reads environment", () => {
    writeConf("env.conf", "port = $PORT_FROM_ENV\n");
    const text = "include env.conf\n";
    const outcome = loadMain(text, { PORT_FROM_ENV: "4333" });
    expect(outcome.errors).toEqual([]);
    expect(outcome.root).toStrictEqual({ port: 4333n });
  });
});

describe("errors in included files", () => {
  test("key with no value", () => {
    const included = writeConf("bad.conf", "just_a_key\n");
    const outcome = loadMain("a = 1\ninclude bad.conf\n");
    expect(outcome.errors).toEqual(["syntax/missing-value"]);
    expect(filesWithErrors(outcome)).toEqual([included]);
  });

  test("syntax error", () => {
    const included = writeConf("bad.conf", "x = [1, 2]\n");
    const outcome = loadMain("include bad.conf\n");
    expect(outcome.errors).toEqual(["syntax/array-bracket"]);
    expect(filesWithErrors(outcome)).toEqual([included]);
  });

  test("missing nested include", () => {
    const included = writeConf("mid.conf", "include gone.conf\n");
    const outcome = loadMain("include mid.conf\n");
    expect(outcome.errors).toEqual(["include/unreadable"]);
    expect(filesWithErrors(outcome)).toEqual([included]);
  });
});

describe("cycles", () => {
  test("file includes itself", () => {
    writeConf("self.conf", "before = 1\ninclude self.conf\nafter = 2\n");
    const outcome = loadMain("include self.conf\n");
    expect(outcome.errors).toEqual(["include/cycle"]);
    expect(outcome.root).toStrictEqual({ before: 1n, after: 2n });
  });

  test("two files", () => {
    writeConf("a.conf", "include b.conf\nfrom_a = 1\n");
    writeConf("b.conf", "include a.conf\nfrom_b = 2\n");
    const outcome = loadMain("include a.conf\n");
    expect(outcome.errors).toEqual(["include/cycle"]);
    expect(outcome.root).toStrictEqual({ from_b: 2n, from_a: 1n });
  });

  test("back to main file", () => {
    writeConf("child.conf", "include main.conf\nchild = 1\n");
    const outcome = loadMain("main = 1\ninclude child.conf\n");
    expect(outcome.errors).toEqual(["include/cycle"]);
    expect(outcome.root).toStrictEqual({ main: 1n, child: 1n });
  });

  test("through a map", () => {
    writeConf("loop.conf", "m { include loop.conf }\n");
    const outcome = loadMain("include loop.conf\n");
    expect(outcome.errors).toEqual(["include/cycle"]);
    expect(outcome.root).toStrictEqual({ m: {} });
  });

  test("through different spellings", () => {
    writeConf("sub/x.conf", "include ../sub/./x.conf\n");
    const outcome = loadMain("include sub/x.conf\n");
    expect(outcome.errors).toEqual(["include/cycle"]);
  });
});
