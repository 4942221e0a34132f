// Document structure: separators, terminators, keys, maps, arrays, top-level
// braces, whole-file JSON and comments, checked against the nats-server
// parser behaviour (conf/ as of v2.14).

import { describe, expect, test } from "vitest";

import { load } from "./config-helpers.js";

function expectConfig(text: string, expected: Record<string, unknown>): void {
  const outcome = load(text);
  expect(outcome.errors, text).toEqual([]);
  expect(outcome.root, text).toStrictEqual(expected);
}

function expectError(text: string, code: string): void {
  expect(load(text).errors, text).toContain(code);
}

describe("separators", () => {
  test.each([
    ["port=4222"],
    ["port = 4222"],
    ["port:4222"],
    ["port: 4222"],
    ["port 4222"],
    ["port\t4222"],
    ["port \t 4222"],
    ["port\n= 4222"],
    ["port\n\n: 4222"],
    ["port\n4222"],
  ])("%j", (text) => {
    expectConfig(text, { port: 4222n });
  });

  test.each([["port =\n4222"], ["port:\n4222"], ["port = \r\n4222"]])(
    "newline after separator %j",
    (text) => {
      expectError(text, "syntax/missing-value");
    },
  );

  test("map needs no separator", () => {
    const expected = { m: { a: 1n } };
    expectConfig("m { a = 1 }", expected);
    expectConfig("m = { a = 1 }", expected);
    expectConfig("m: {a: 1}", expected);
    expectConfig("m {a 1}", expected);
  });
});

describe("terminators", () => {
  test.each([
    ["a = 1; b = 2"],
    ["a=1,b=2"],
    ["a = 1\nb = 2"],
    ["a = 1\r\nb = 2\r\n"],
    ["a = 1\rb = 2"],
    ["a = 1;\nb = 2;"],
    ["a = 1 # one\nb = 2 // two"],
    ["a = 1 }\nb = 2"],
  ])("%j", (text) => {
    expectConfig(text, { a: 1n, b: 2n });
  });

  test("semicolons are optional", () => {
    expectConfig("name='x'; ratio=0.5; on=true; n=9", { name: "x", ratio: 0.5, on: true, n: 9n });
    expectConfig("name='x'; ratio=0.5; on=true; n=9;", { name: "x", ratio: 0.5, on: true, n: 9n });
  });

  test("suffix and comma on one line", () => {
    expectConfig("a = 2Gb, b = 7Gé", { a: 2n * 2n ** 30n, b: "7Gé" });
  });

  test("two entries on one line", () => {
    expectError("a = 1 b = 2", "syntax/missing-separator");
  });

  test.each([
    ["a=1;;b=2", { a: 1n, ";b": 2n }],
    ["a=1,,b=2", { a: 1n, ",b": 2n }],
    ["a=1;,b=2", { a: 1n, ",b": 2n }],
    ["m {a=1,,b=2}", { m: { a: 1n, ",b": 2n } }],
    ["m {a=1;;b=2}", { m: { a: 1n, ";b": 2n } }],
  ])("doubled terminator %j", (text, expected) => {
    expectConfig(text, expected);
  });

  test.each([["a = 1 }"], ["a = 1 }}"], ["a = 1}"], ["a = 1\n}"], ["a = 1\n}\n"]])(
    "stray brace %j",
    (text) => {
      expectConfig(text, { a: 1n });
    },
  );

  test("stray brace before more keys", () => {
    expectError("a = 1\n}\nb = 2\n", "syntax/missing-separator");
  });

  test("brace alone", () => {
    expectConfig("}", {});
  });

  test.each([['a = 1\n"'], ["a = 1\n'"], ['a = 1\n  "']])("lone quote at end %j", (text) => {
    const outcome = load(text);
    expect(outcome.errors).toEqual([]);
    expect(outcome.warnings).toEqual(["syntax/stray-quote"]);
    expect(outcome.root).toStrictEqual({ a: 1n });
  });

  test("quoted key at end", () => {
    expectError('a = 1\n"b', "syntax/unterminated");
  });
});

describe("keys", () => {
  test.each([
    ["a.b"],
    ["node-1.2.3"],
    ["123"],
    ["1.2.3.4"],
    ["true"],
    ["$a"],
    ["a#b"],
    ['a"b'],
    ["x{y"],
    ["a,a,a"],
    [";b"],
    ["ключ"],
    ["a'b"],
  ])("bare key %j", (key) => {
    expectConfig(`${key} = 1`, { [key]: 1n });
  });

  test("brace glued to key", () => {
    expectConfig("opts{x=1}", { "opts{x": 1n });
  });

  test.each([
    ['"a b" = 1', "a b"],
    ["'a b' = 1", "a b"],
    ["' lead' = 1", " lead"],
    ['"" = 1', ""],
    [`'say "x"' = 1`, 'say "x"'],
    [`"it's" = 1`, "it's"],
    ['"a\\tb" = 1', "a\\tb"],
    ['"two\nlines" = 1', "two\nlines"],
    ['"$v" = 1', "$v"],
  ])("quoted key %j", (text, key) => {
    expectConfig(text, { [key]: 1n });
  });

  test("escape in quoted key", () => {
    expectError('"a\\"b" = 1', "syntax/missing-separator");
  });

  test("keys keep case", () => {
    expectConfig("port = 1\nPORT = 2\nPort = 3", { port: 1n, PORT: 2n, Port: 3n });
  });

  test("last duplicate wins", () => {
    expectConfig("a = 1\nb = 2\na = 3", { a: 3n, b: 2n });
  });

  test.each([["= 1"], [": 1"], ["a = 1\n= 2"], ["m { = 1 }"], ["m { : 1 }"]])(
    "starts with separator %j",
    (text) => {
      expectError(text, "syntax/unexpected-character");
    },
  );

  test("byte order mark", () => {
    const outcome = load("\uFEFFport = 1");
    expect(outcome.errors).toEqual([]);
    expect(outcome.warnings).toEqual(["input/bom"]);
    expect(outcome.root).toStrictEqual({ "\uFEFFport": 1n });
  });

  test("Unicode spaces between entries", () => {
    expectConfig("\u3000a = 1\n\u000Bb = 2\n\u000Cc = 3\n\u00A0d = 4\n\u2028e = 5", {
      a: 1n,
      b: 2n,
      c: 3n,
      d: 4n,
      e: 5n,
    });
  });

  test("Unicode space ends key", () => {
    expectConfig("a\u2003= 1", { a: 1n });
  });

  test("Unicode space starts value", () => {
    expectConfig("a = \u3000x", { a: "\u3000x" });
  });

  test.each([["include=x"], ["include: x"], ['"include" = x'], ["INCLUDE=x"], ["'include' x"]])(
    "include as key %j",
    (text) => {
      const outcome = load(text);
      expect(outcome.errors).toEqual([]);
      expect(Object.values(outcome.root)).toEqual(["x"]);
    },
  );
});

describe("key with no value", () => {
  test.each([
    ["port"],
    ["  port   "],
    ["# comment\n// comment\nport\n"],
    ["a = 1\nport"],
    ["a,a,a,a"],
    ["a = 1\nb"],
    ["{ a = 1 }\nb"],
  ])("%j", (text) => {
    expectError(text, "syntax/missing-value");
  });

  test("top-level array", () => {
    expectError("[1,2]", "syntax/missing-value");
  });

  test.each([["m { a = }"], ["m { a = , }"], ["m { a }"], ["outer { m { a: } }"]])(
    "empty map value %j",
    (text) => {
      expectError(text, "syntax/missing-value");
    },
  );

  test("empty map value keeps map key", () => {
    const outcome = load("m { a = }");
    expect(outcome.root).not.toHaveProperty("a");
  });
});

describe("empty documents", () => {
  test.each([
    [""],
    ["\n\n\n"],
    ["   \t \n"],
    ["# only\n// comments"],
    ["# no newline at end"],
    ["{}"],
    ["{\n}"],
    ["{\n  # note\n}\n"],
    ["{}\n{}"],
  ])("%j", (text) => {
    expectConfig(text, {});
  });
});

describe("maps", () => {
  test.each([
    ["m { a = 1, b = 2 }"],
    ["m { a = 1; b = 2 }"],
    ["m {\n  a = 1\n  b = 2\n}"],
    ["m { a = 1 # one\n b = 2 }"],
    ["m { a = 1 // one\n b = 2 }"],
    ["m { a = 1, b = 2, }"],
    ["m { a = 1; b = 2; }"],
    ["m {\r\n  a = 1\r\n  b = 2\r\n}\r\n"],
    ["m { a 1, b: 2 }"],
  ])("%j", (text) => {
    expectConfig(text, { m: { a: 1n, b: 2n } });
  });

  test.each([["m {}"], ["m = {}"], ["m {\n}"], ["m {\n  # nothing\n}"], ["m { }"]])(
    "empty %j",
    (text) => {
      expectConfig(text, { m: {} });
    },
  );

  test("nested maps", () => {
    expectConfig("a { b { c { d = 1 } } }\ne = 2", { a: { b: { c: { d: 1n } } }, e: 2n });
  });

  test("same line needs separator", () => {
    expectError("m { a: 1 b: 2 }", "syntax/missing-separator");
  });

  test("unclosed map", () => {
    expectError("m { a = 1", "syntax/unterminated");
    expectError("m {\n  a = 1\n", "syntax/unterminated");
  });

  test("map key at end of file", () => {
    expectError("m { a", "syntax/unterminated");
    expectError('m { "a', "syntax/unterminated");
  });

  test("close bracket as map key", () => {
    expectError("m { ] }", "syntax/unexpected-character");
  });

  test("map then text on line", () => {
    expectError("m { a = 1 } b = 2", "syntax/missing-separator");
  });

  test("comment after map", () => {
    expectConfig("m { a = 1 }# done\nb = 2", { m: { a: 1n }, b: 2n });
  });
});

describe("arrays", () => {
  test.each([
    ["v = [1, 2 ]"],
    ["v = [ 1, 2 ]"],
    ["v = [1 ,2 ]"],
    ["v = [1, 2, ]"],
    ["v = [1,\n2\n]"],
    ["v = [\n1,\n2,\n]"],
    ["v = [\n  1\n  2\n]"],
    ["v = [\r\n  1\r\n  2\r\n]"],
    ["v = [1, # one\n2 ]"],
    ["v = [ // first\n1\n# second\n2 ]"],
    ["v = [1 / 2 ]"],
  ])("%j", (text) => {
    expectConfig(text, { v: [1n, 2n] });
  });

  test.each([["v = []"], ["v = [ ]"], ["v = [\n]"], ["v = [\n  # none\n]"]])("empty %j", (text) => {
    expectConfig(text, { v: [] });
  });

  test("mixed elements", () => {
    expectConfig("v = [1, 'two', 3.5, true, [4, 5 ], { six = 6 }, 2016-05-04T18:53:41Z, 7 ]", {
      v: [1n, "two", 3.5, true, [4n, 5n], { six: 6n }, { datetime: "2016-05-04T18:53:41Z" }, 7n],
    });
  });

  test.each([
    ["v = [x]", ["x"]],
    ["v = [-1]", [-1n]],
    ["v = [1.5]", [1.5]],
    ["v = [1.2.3.4]", ["1.2.3.4"]],
    ["v = [true]", [true]],
    ['v = ["1"]', ["1"]],
    ["v = ['1']", ["1"]],
    ["v = [2016-05-04T18:53:41Z]", [{ datetime: "2016-05-04T18:53:41Z" }]],
    ["v = [12:30]", ["12:30"]],
    ["v = [a, b]", ["a", "b"]],
  ])("bracket after non-integer %j", (text, expected) => {
    expectConfig(text, { v: expected });
  });

  test.each([["v = [1]"], ["v = [1, 2]"], ["v = [0,0]"], ["v = [1,\n2]"], ['{"v":[1,2]}']])(
    "bracket glued to integer %j",
    (text) => {
      const outcome = load(text);
      expect(outcome.errors).toContain("syntax/array-bracket");
    },
  );

  test("glued bracket recovers array", () => {
    const outcome = load("v = [1, 2]\nw = 3");
    expect(outcome.errors).toEqual(["syntax/array-bracket"]);
    expect(outcome.root).toStrictEqual({ v: [1n, 2n], w: 3n });
  });

  test("suffix glued to bracket", () => {
    const outcome = load("v = [1k]");
    expect(outcome.errors).toEqual([]);
    expect(outcome.warnings).toEqual(["syntax/array-bracket"]);
    expect(outcome.root).toStrictEqual({ v: ["1k"] });
  });

  test("suffix then space", () => {
    expectConfig("v = [1k ]", { v: [1000n] });
  });

  test.each([["v = [,1 ]"], ["v = [1,,2 ]"], ["v = [ / 1 ]"]])("empty element %j", (text) => {
    expectError(text, "syntax/unexpected-character");
  });

  test.each([["v = [1 2 ]"], ["v = [{a=1} {b=2}]"], ['v = ["a" "b"]']])(
    "two on one line %j",
    (text) => {
      expectError(text, "syntax/missing-separator");
    },
  );

  test.each([["v = [{a=1}\n{b=2}]"], ["v = [{a=1},{b=2}]"], ["v = [ {a=1}, {b=2}, ]"]])(
    "maps %j",
    (text) => {
      expectConfig(text, { v: [{ a: 1n }, { b: 2n }] });
    },
  );

  test("include in array is a string", () => {
    expectConfig("v = [include]", { v: ["include"] });
  });

  test("unclosed array", () => {
    expectError("v = [1, 2 ", "syntax/unterminated");
    expectError("v = [\n1\n", "syntax/unterminated");
  });
});

describe("top-level braces", () => {
  test.each([
    ["{ a = 1, b = 2 }"],
    ["{\n  a = 1\n  b = 2\n}\n"],
    ["{ a = 1; b = 2; }"],
    ["{ # note\n a = 1\n b = 2 }"],
    ["{ { a = 1 }, b = 2 }"],
    ["{ a = 1 } # one\n{ b = 2 } // two\n"],
    ["{a=1}b=2"],
    ["{ a = 1\nb = 2\n"],
  ])("%j", (text) => {
    expectConfig(text, { a: 1n, b: 2n });
  });

  test("nested braces", () => {
    expectConfig("{ { listen: host } }", { listen: "host" });
  });

  test("terminator between blocks", () => {
    expectConfig("{ a = 1 } ; { b = 2 }", { a: 1n, ";": { b: 2n } });
  });

  test("value at end inside braces", () => {
    expectError("{ a = 1", "syntax/unterminated");
  });

  test("text after nested block", () => {
    expectError("{ { a = 1 } b = 2 }", "syntax/missing-separator");
    expectError("{ { a = 1 }\n b = 2 }", "syntax/missing-separator");
  });

  test("same line needs separator", () => {
    expectError("{ a = 1 b = 2 }", "syntax/missing-separator");
  });
});

describe("whole-file JSON", () => {
  test("pretty", () => {
    const text = [
      "{",
      '  "port": 4222,',
      '  "debug": false,',
      '  "ratio": 0.75,',
      '  "name": "edge",',
      '  "jetstream": {',
      '    "max_mem": 1000000,',
      "  },",
      '  "routes": [',
      '    "nats://a:6222",',
      '    "nats://b:6222"',
      "  ],",
      '  "nothing": null',
      "}",
      "",
    ].join("\n");
    expectConfig(text, {
      port: 4222n,
      debug: false,
      ratio: 0.75,
      name: "edge",
      jetstream: { max_mem: 1000000n },
      routes: ["nats://a:6222", "nats://b:6222"],
      nothing: "null",
    });
  });

  test("one line", () => {
    expectConfig('{"a": {"b": "c"}, "d": ["e", 1.5], "f": true}', {
      a: { b: "c" },
      d: ["e", 1.5],
      f: true,
    });
  });

  test("missing comma between lines", () => {
    expectConfig('{\n  "a": 1\n  "b": 2\n}', { a: 1n, b: 2n });
  });

  test("missing comma on one line", () => {
    expectError('{"a": "b" "c": 1}', "syntax/missing-separator");
  });

  test("integer array on one line", () => {
    expectError('{"a": [1,2]}', "syntax/array-bracket");
  });

  test("integer array one per line", () => {
    expectConfig('{\n  "a": [\n    1,\n    2\n  ]\n}\n', { a: [1n, 2n] });
  });

  test("exponent", () => {
    expectError('{"a": 1e3}', "syntax/number-suffix");
  });

  test.each([['{"a": "\\u0041"}'], ['{"a": "\\/"}'], ['{"a": "\\b"}'], ['{"a": "\\f"}']])(
    "JSON escape %j",
    (text) => {
      expectError(text, "syntax/invalid-escape");
    },
  );

  test("same as config syntax", () => {
    const expected = { foo: "bar" };
    expectConfig("'foo': 'bar'", expected);
    expectConfig("{ 'foo': 'bar' }", expected);
    expectConfig('{ "foo": "bar" }', expected);
    expectConfig("foo = bar", expected);
  });

  test("capitalised False is bool", () => {
    expectConfig('{ "debug": False }', { debug: false });
  });

  test("comments in JSON", () => {
    expectConfig('{\n  // the port\n  "port": 4222, # client port\n}\n', { port: 4222n });
  });
});

describe("comments", () => {
  test.each([
    ["# lead\na = 1", { a: 1n }],
    ["a = 1 # tail", { a: 1n }],
    ["a = 1 // tail", { a: 1n }],
    ["a=1    # tail", { a: 1n }],
    ["a = 1\n# end without newline", { a: 1n }],
    ["a = x // tail", { a: "x" }],
    ['a = "x"# tail', { a: "x" }],
    ["m {\n  # lead\n  a = 1 # tail\n}", { m: { a: 1n } }],
    ["m { a = 1 } // tail", { m: { a: 1n } }],
    ["v = [\n  # lead\n  1 // tail\n]", { v: [1n] }],
    ["{ # in braces\n a = 1 }", { a: 1n }],
    ["a = 'x # y'", { a: "x # y" }],
    ['a = "x // y"', { a: "x // y" }],
    ["a (\n# kept\n)\n", { a: "\n# kept\n" }],
  ])("%j", (text, expected) => {
    expectConfig(text, expected);
  });

  test.each([
    ["a = x#y", "x#y"],
    ["a = 5#y", "5#y"],
    ["a = x//y", "x//y"],
    ["a = http://h/p", "http://h/p"],
  ])("glued to value %j", (text, expected) => {
    expectConfig(text, { a: expected });
  });

  test("between map key and value", () => {
    expectError("m { b = # note\n 1 }", "syntax/missing-separator");
  });

  test("between top-level key and value", () => {
    expectError("a = # note", "syntax/missing-separator");
    expectError("a # note", "syntax/missing-separator");
  });

  test("comment line inside key", () => {
    expectConfig("a#b = 1", { "a#b": 1n });
  });
});

describe("lone slash", () => {
  test("after top-level value", () => {
    expectConfig("a = 1 /", { a: 1n });
    expectConfig("a = 1 / \nb = 2", { a: 1n, b: 2n });
  });

  test("separator in map", () => {
    expectConfig("m { a = 1 / b = 2 }", { m: { a: 1n, b: 2n } });
  });

  test("separator in array", () => {
    expectConfig("v = [1 / 2 ]", { v: [1n, 2n] });
  });

  test("dropped at map key", () => {
    expectConfig("m { /name = 1 }", { m: { name: 1n } });
  });

  test("at top-level key", () => {
    expectError("/ a = 1", "syntax/unexpected-character");
    expectError("a = 1\n/\n", "syntax/unexpected-character");
  });

  test("at array element", () => {
    expectError("v = [ / 1 ]", "syntax/unexpected-character");
  });
});
