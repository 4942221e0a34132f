// Variable references ($name): which keys are in scope, the environment
// fallback, cycles and literal forms, checked against the nats-server parser
// behaviour (conf/parse.go as of v2.14).

import { describe, expect, test } from "vitest";

import { load } from "../grammar/config-helpers.js";

function expectConfig(
  text: string,
  expected: Record<string, unknown>,
  env: Record<string, string> = {},
): void {
  const outcome = load(text, env);
  expect(outcome.errors, text).toEqual([]);
  expect(outcome.root, text).toStrictEqual(expected);
}

function expectError(text: string, code: string, env: Record<string, string> = {}): void {
  expect(load(text, env).errors, text).toContain(code);
}

describe("scope", () => {
  test("earlier top-level key", () => {
    expectConfig("size = 22\nmax = $size", { size: 22n, max: 22n });
  });

  test("earlier key in same map", () => {
    expectConfig("m { a = 1, b = $a }", { m: { a: 1n, b: 1n } });
  });

  test("key of enclosing maps", () => {
    expectConfig("a = 1\nm { n { b = $a } }", { a: 1n, m: { n: { b: 1n } } });
  });

  test("inner key shadows outer", () => {
    expectConfig("n = 22\nm {\n  n = 11\n  inner = $n\n}\nouter = $n", {
      n: 22n,
      m: { n: 11n, inner: 11n },
      outer: 22n,
    });
  });

  test("outer used before inner defined", () => {
    expectConfig("n = 1\nm {\n  before = $n\n  n = 2\n  after = $n\n}", {
      n: 1n,
      m: { before: 1n, n: 2n, after: 2n },
    });
  });

  test("later key not found", () => {
    expectError("y = $x\nx = 1", "variable/not-found");
  });

  test("later outer key not found", () => {
    expectError("m { b = $a }\na = 1", "variable/not-found");
  });

  test("sibling block invisible", () => {
    expectError("m { x = 1 }\nn { y = $x }", "variable/not-found");
  });

  test("finished block invisible", () => {
    expectError("m { x = 1 }\ny = $x", "variable/not-found");
  });

  test("self reference not found", () => {
    expectError("A: $A", "variable/not-found");
  });

  test("map being defined not found", () => {
    expectError("m { x = $m }", "variable/not-found");
  });

  test("self reference falls back to environment", () => {
    expectConfig("A: $A", { A: 5n }, { A: "5" });
  });

  test("arrays are skipped", () => {
    expectConfig("a = 1\nlist = [ $a, [ $a ], { b = $a } ]", {
      a: 1n,
      list: [1n, [1n], { b: 1n }],
    });
  });

  test("earlier key in array map", () => {
    expectConfig("list = [ { x = 1, y = $x } ]", { list: [{ x: 1n, y: 1n }] });
  });

  test("other map in same array", () => {
    expectError("list = [ { x = 1 }, { y = $x } ]", "variable/not-found");
  });

  test("map inside array after", () => {
    expectError("list = [ { x = 1 } ]\ny = $x", "variable/not-found");
  });

  test("top-level braces share scope", () => {
    expectConfig("{ a = 1 }\nb = $a", { a: 1n, b: 1n });
    expectConfig("{ a = 1\n b = $a }", { a: 1n, b: 1n });
  });

  test("value copied at reference", () => {
    expectConfig("a = 1\nb = $a\na = 2\nc = $a", { a: 2n, b: 1n, c: 2n });
  });

  test("chain of variables", () => {
    expectConfig("port = 4222\nC = $port\nB = $C\nA = $B\nlisten = $A", {
      port: 4222n,
      C: 4222n,
      B: 4222n,
      A: 4222n,
      listen: 4222n,
    });
  });

  test("definition stays in output", () => {
    expectConfig("port = 4222\nx = $port", { port: 4222n, x: 4222n });
  });

  test("map and array values", () => {
    expectConfig("m { k = v }\nl = [1, 2 ]\nr = $m\ns = $l", {
      m: { k: "v" },
      l: [1n, 2n],
      r: { k: "v" },
      s: [1n, 2n],
    });
  });

  test("typed values copied", () => {
    expectConfig("f = 1.5\nb = on\nd = 2020-01-02T03:04:05Z\nx = [$f, $b, $d ]", {
      f: 1.5,
      b: true,
      d: { datetime: "2020-01-02T03:04:05Z" },
      x: [1.5, true, { datetime: "2020-01-02T03:04:05Z" }],
    });
  });

  test("names with dots and dashes", () => {
    expectConfig("a.b = 1\nc-d = 2\nx = $a.b\ny = $c-d", { "a.b": 1n, "c-d": 2n, x: 1n, y: 2n });
  });

  test("quoted key is a variable", () => {
    expectConfig("'k' = 3\nx = $k", { k: 3n, x: 3n });
    expectConfig('"k" = 3\nx = $k', { k: 3n, x: 3n });
  });

  test("names are case-sensitive", () => {
    expectError("port = 1\nx = $PORT", "variable/not-found");
  });

  test("empty name", () => {
    expectError("x = $", "variable/not-found");
  });

  test("missing variable", () => {
    const outcome = load("x = $nowhere");
    expect(outcome.errors).toEqual(["variable/not-found"]);
    expect(outcome.root).toStrictEqual({});
  });
});

describe("literal dollar", () => {
  test.each([
    ['x = "$name"', "$name"],
    ["x = '$name'", "$name"],
    ["x = a$b", "a$b"],
    ["x = \\\\$name", "\\$name"],
    ["x = $\\x61", "$a"],
    ['x = "$2b$10$abcdefghijklmnopqrstuv"', "$2b$10$abcdefghijklmnopqrstuv"],
    ["x (\n$name\n)\n", "\n$name\n"],
  ])("%j", (text, expected) => {
    expectConfig(text, { x: expected });
  });

  test("dollar in key", () => {
    expectConfig("$name = 1", { $name: 1n });
  });

  test("bcrypt 2a is literal", () => {
    expectConfig("password: $2a$11$ooo.abc/XYZ", { password: "$2a$11$ooo.abc/XYZ" });
  });

  test("bcrypt 2a in map", () => {
    expectConfig("users [ { user: u, password: $2a$10$hash } ]", {
      users: [{ user: "u", password: "$2a$10$hash" }],
    });
  });

  test.each([["password: $2b$11$ooo"], ["password: $2y$11$ooo"], ["password: $2x$11$ooo"]])(
    "other bcrypt %j",
    (text) => {
      expectError(text, "variable/not-found");
    },
  );
});

describe("environment", () => {
  test.each([
    ["22", 22n],
    ["-7", -7n],
    ["1k", 1000n],
    ["2MiB", 2n * 2n ** 20n],
    ["1.5", 1.5],
    ["true", true],
    ["Off", false],
    ["xyz", "xyz"],
    ["3xyz", "3xyz"],
    ["3Gyz", "3Gyz"],
    ["'3xyz'", "3xyz"],
    ['"hello world"', "hello world"],
    ["", ""],
    ["null", "null"],
    ["2016-05-04T18:53:41Z", { datetime: "2016-05-04T18:53:41Z" }],
    ["{ a = 1, b = [2, 3 ] }", { a: 1n, b: [2n, 3n] }],
    ["[1, two ]", [1n, "two"]],
    ["5 # note", 5n],
    ["first\nsecond=2", "first"],
  ])("value %j", (value, expected) => {
    expectConfig("x = $V", { x: expected }, { V: value });
  });

  test("config key wins", () => {
    expectConfig("V = 5\nx = $V", { V: 5n, x: 5n }, { V: "9" });
  });

  test("name is case-sensitive", () => {
    expectError("x = $v", "variable/not-found", { V: "1" });
  });

  test("chain of environment variables", () => {
    expectConfig("x = $A", { x: 7n }, { A: "$B", B: "$C", C: "7" });
  });

  test("environment variable used in map", () => {
    expectConfig("m { n { x = $V } }", { m: { n: { x: 4n } } }, { V: "4" });
  });

  test.each([
    ["self", { A: "$A" }],
    ["pair", { A: "$B", B: "$A" }],
    ["three", { A: "$B", B: "$C", C: "$A" }],
    ["inside map", { A: "{ k = $A }" }],
  ])("cycle %s", (_name, env) => {
    const outcome = load("x = $A", env);
    expect(outcome.errors).toContain("variable/cycle");
    expect(outcome.root).toStrictEqual({});
  });

  test("cannot see config keys", () => {
    expectError("p = 1\nx = $V", "variable/not-found", { V: "$p" });
  });

  test.each([
    ["hello world"],
    ["include other.conf"],
    ['"unterminated'],
    ["\\u0041"],
    ["1kbb"],
    ["[1, 2]"],
  ])("invalid value %j", (value) => {
    expectError("x = $V", "variable/invalid-environment", { V: value });
  });
});
