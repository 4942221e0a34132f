// Token kinds, payloads and offsets from tokenize(), checked against the
// nats-server lexer behaviour (conf/lex.go as of v2.14).

import { Lexer } from "chevrotain";
import { describe, expect, test } from "vitest";

import { tokenize } from "../../grammar/lexer.js";
import { createParser } from "../../grammar/parser.js";
import { ALL_TOKENS } from "../../grammar/tokens.js";

/** A token as [type name] or [type name, payload]. */
type TokenSummary = [string] | [string, unknown];

/** Returns a payload node without its kind and offsets, which offsets() checks. */
function content(payload: Record<string, unknown>): Record<string, unknown> {
  const { kind: _kind, start: _start, end: _end, ...rest } = payload;
  return rest;
}

function tokens(text: string): TokenSummary[] {
  return tokenize(text).tokens.map((token) =>
    token.payload === undefined
      ? [token.tokenType.name]
      : [token.tokenType.name, content(token.payload as Record<string, unknown>)],
  );
}

function offsets(text: string): [string, number][] {
  return tokenize(text).tokens.map((token) => [token.tokenType.name, token.startOffset]);
}

function problems(text: string): string[] {
  return tokenize(text).problems.map((problem) => `${problem.severity} ${problem.code}`);
}

function comments(text: string): [string, number][] {
  return tokenize(text).comments.map((token) => [token.image, token.startOffset]);
}

const key = (text: string, quote: "" | '"' | "'" = ""): TokenSummary => ["Key", { text, quote }];
const bare = (value: string): TokenSummary => [
  "StringValue",
  { value, style: "bare", lossy: false },
];
const double = (value: string): TokenSummary => [
  "StringValue",
  { value, style: "double", lossy: false },
];
const single = (value: string): TokenSummary => [
  "StringValue",
  { value, style: "single", lossy: false },
];
const address = (value: string): TokenSummary => [
  "StringValue",
  { value, style: "address", lossy: false },
];
const integer = (literal: string, value: bigint): TokenSummary => [
  "IntegerValue",
  { value, literal },
];
const float = (literal: string, value: number): TokenSummary => ["FloatValue", { value, literal }];
const bool = (value: boolean): TokenSummary => ["BoolValue", { value }];
const variable = (name: string): TokenSummary => ["VariableValue", { name }];

describe("lexer definition", () => {
  test("passes Chevrotain validations", () => {
    const lexer = new Lexer(ALL_TOKENS, { positionTracking: "onlyOffset" });
    expect(lexer.lexerDefinitionErrors).toEqual([]);
  });

  test("parser passes grammar checks", () => {
    expect(() => createParser()).not.toThrow();
  });
});

describe("keys", () => {
  test("bare key alone", () => {
    expect(tokens("port")).toEqual([key("port")]);
    expect(problems("port")).toEqual(["error syntax/missing-value"]);
  });

  test("double-quoted key", () => {
    expect(tokens('"port" = 1')).toEqual([key("port", '"'), integer("1", 1n)]);
    expect(problems('"port" = 1')).toEqual([]);
  });

  test("single-quoted key", () => {
    expect(tokens("'port' = 1")).toEqual([key("port", "'"), integer("1", 1n)]);
  });

  test("quoted key keeps leading space", () => {
    expect(tokens("'  host' = x")).toEqual([key("  host", "'"), bare("x")]);
  });

  test("empty quoted key", () => {
    expect(tokens('"" = 1')).toEqual([key("", '"'), integer("1", 1n)]);
  });

  test("quoted key with other quote", () => {
    expect(tokens(`'say "hi"' = 1`)).toEqual([key('say "hi"', "'"), integer("1", 1n)]);
  });

  test("bare key takes any character", () => {
    for (const name of [
      "a.b",
      "node-1.2.3",
      "123",
      "10.0.0.1",
      "true",
      "$v",
      "a#b",
      'a"b',
      "x{y",
      "a,b,c",
      "ключ",
    ]) {
      expect(tokens(`${name} = 1`), name).toEqual([key(name), integer("1", 1n)]);
    }
  });

  test("brace glued to key", () => {
    expect(tokens("opts{x=1}")).toEqual([key("opts{x"), integer("1", 1n)]);
    expect(problems("opts{x=1}")).toEqual([]);
  });

  test("byte order mark joins first key", () => {
    expect(tokens("\uFEFFport = 4222")).toEqual([key("\uFEFFport"), integer("4222", 4222n)]);
  });

  test("key starting with separator", () => {
    expect(problems(" :name = 22")).toEqual(["error syntax/unexpected-character"]);
    expect(problems("= 22")).toEqual(["error syntax/unexpected-character"]);
  });
});

describe("separators", () => {
  test.each([
    ["name=7"],
    ["name = 7"],
    ["name:7"],
    ["name: 7"],
    ["name 7"],
    ["name\t\t7"],
    ["name\t\t7\r\n"],
    ["name\n= 7"],
  ])("%j", (text) => {
    expect(tokens(text)).toEqual([key("name"), integer("7", 7n)]);
    expect(problems(text)).toEqual([]);
  });

  test("newline as separator", () => {
    expect(tokens("name\nvalue")).toEqual([key("name"), bare("value")]);
  });

  test("newline after equals sign", () => {
    expect(problems("name =\n 7")).toContain("error syntax/missing-value");
  });
});

describe("strings", () => {
  test.each([
    ['host = "abc"', double("abc")],
    ["host = 'abc'", single("abc")],
    ["host='abc'", single("abc")],
    ['host = "abc"\r\n', double("abc")],
    ["host=\t'abc'\t", single("abc")],
    ['host = ""', double("")],
    ["host = ''", single("")],
    ["host = abc", bare("abc")],
  ])("%j", (text, expected) => {
    expect(tokens(text)).toEqual([key("host"), expected]);
    expect(problems(text)).toEqual([]);
  });

  test("single quotes keep backslashes", () => {
    expect(tokens("p = 'a\\r\\n  \\tb'")).toEqual([key("p"), single("a\\r\\n  \\tb")]);
  });

  test("bare string ends at quote", () => {
    expect(tokens("host = abc' ")).toEqual([key("host"), bare("abc")]);
  });

  test("quoted true stays string", () => {
    expect(tokens('flag "true"')).toEqual([key("flag"), double("true")]);
  });

  test("bare string then comment", () => {
    expect(tokens("host = abc # note")).toEqual([key("host"), bare("abc")]);
    expect(comments("host = abc # note")).toEqual([["# note", 11]]);
  });
});

describe("escapes", () => {
  test.each([
    ["v = \\t", "\t"],
    ["v = \\r", "\r"],
    ["v = \\n", "\n"],
    ['v = \\"', '"'],
    ["v = \\\\", "\\"],
    ["v = \\x41", "A"],
    ["v = \\x6a", "j"],
    ["v = pre\\x2Dpost", "pre-post"],
    ["v = \\x28mid\\x29", "(mid)"],
    ["v = top\\x4b\\x4C", "topKL"],
    ['v = "\\\\end"', "\\end"],
    ['v = "a\\tb"', "a\tb"],
  ])("%j", (text, value) => {
    const [, token] = tokens(text);
    expect(token![1]).toMatchObject({ value });
    expect(problems(text)).toEqual([]);
  });

  test("escaped true is a string", () => {
    expect(tokens("v = \\\\yes")).toEqual([key("v"), bare("\\yes")]);
  });

  test("escaped dollar is a string", () => {
    expect(tokens("v = \\\\$name")).toEqual([key("v"), bare("\\$name")]);
  });

  test("hex escape of a non-UTF-8 byte", () => {
    expect(tokens("v = \\xe9")).toEqual([
      key("v"),
      ["StringValue", { value: "\uFFFD", style: "bare", lossy: true }],
    ]);
  });

  test("hex escapes forming UTF-8", () => {
    expect(tokens("v = \\xc3\\xa9")).toEqual([key("v"), bare("é")]);
  });

  test("invalid escape letter", () => {
    expect(problems("v = \\q")).toEqual(["error syntax/invalid-escape"]);
  });

  test.each([["v = abc\\x\n"], ["v = abc\\x4\n"], ['v = "<\\x>"'], ['v = "<\\x4>"']])(
    "short hex %j",
    (text) => {
      expect(problems(text)).toEqual(["error syntax/invalid-escape"]);
    },
  );
});

describe("digit-led strings", () => {
  test.each([["v = 9lives"], ["v = 9lives,"], ["v = 9lives;"], ["v = 9lives\n"], ["v = 9lives}"]])(
    "top %j",
    (text) => {
      expect(tokens(text)).toEqual([key("v"), bare("9lives")]);
      expect(problems(text)).toEqual([]);
    },
  );

  test.each([
    ["m { v = 9lives }"],
    ["m { v = 9lives, w = 1 }"],
    ["m { v = 9lives; w = 1 }"],
    ["m {\n v = 9lives\n w = 1\n}"],
  ])("map %j", (text) => {
    expect(tokens(text).slice(0, 4)).toEqual([key("m"), ["MapStart"], key("v"), bare("9lives")]);
    expect(problems(text)).toEqual([]);
  });
});

describe("numbers", () => {
  test.each([
    ["n = 456", integer("456", 456n)],
    ["n=456", integer("456", 456n)],
    ["n = 456\r\n", integer("456", 456n)],
    ["n = -456", integer("-456", -456n)],
    ["n=-456", integer("-456", -456n)],
    ["n = 2k", integer("2k", 2000n)],
    ["n = 2K", integer("2K", 2000n)],
    ["n = 2m", integer("2m", 2_000_000n)],
    ["n = 2G", integer("2G", 2_000_000_000n)],
    ["n = 2MB", integer("2MB", 2n * 2n ** 20n)],
    ["n = 2Gb", integer("2Gb", 2n * 2n ** 30n)],
    ["n = -2m", integer("-2m", -2_000_000n)],
    ["n = -2GB", integer("-2GB", -2n * 2n ** 30n)],
    ["n = 3.25", float("3.25", 3.25)],
    ["n=3.25\r\n", float("3.25", 3.25)],
    ["n = -0.5", float("-0.5", -0.5)],
  ])("%j", (text, expected) => {
    expect(tokens(text)).toEqual([key("n"), expected]);
    expect(problems(text)).toEqual([]);
  });

  test.each([
    ["n = 5Ghz", "5Ghz"],
    ["n = 7Pie", "7Pie"],
    ["n = 9Mbs,", "9Mbs"],
  ])("suffix word %j", (text, value) => {
    expect(tokens(text)).toEqual([key("n"), bare(value)]);
  });

  test("suffix then non-ASCII", () => {
    expect(tokens("a = 8Gb, b = 6Gé")).toEqual([
      key("a"),
      integer("8Gb", 8n * 2n ** 30n),
      key("b"),
      bare("6Gé"),
    ]);
  });

  test("float without leading digit", () => {
    expect(problems("n = .5")).toEqual(["error syntax/invalid-number"]);
  });

  test("unknown suffix letters", () => {
    expect(tokens("n = 2kbb")).toEqual([
      key("n"),
      ["IntegerValue", { value: null, literal: "2kbb" }],
    ]);
    expect(problems("n = 2kbb")).toEqual(["error syntax/number-suffix"]);
  });
});

describe("bools", () => {
  test.each([
    ["b = true", true],
    ["b=true", true],
    ["b = TRUE\r\n", true],
    ["b = Yes", true],
    ["b = ON", true],
    ["b = false", false],
    ["b = nO", false],
    ["b = OFF", false],
  ])("%j", (text, value) => {
    expect(tokens(text)).toEqual([key("b"), bool(value)]);
  });
});

describe("datetimes", () => {
  test("zulu datetime", () => {
    expect(tokens("d = 2021-11-30T07:05:09Z")).toEqual([
      key("d"),
      ["DateTimeValue", { literal: "2021-11-30T07:05:09Z", valid: true }],
    ]);
  });

  test("impossible datetime", () => {
    expect(tokens("d = 2021-02-30T07:05:09Z")).toEqual([
      key("d"),
      ["DateTimeValue", { literal: "2021-02-30T07:05:09Z", valid: false }],
    ]);
    expect(problems("d = 2021-02-30T07:05:09Z")).toEqual(["error syntax/invalid-datetime"]);
  });
});

describe("variables", () => {
  test.each([
    ["v = $target", 4],
    ["v =$target", 3],
    ["v $target", 2],
  ])("%j", (text, offset) => {
    expect(tokens(text)).toEqual([key("v"), variable("target")]);
    expect(offsets(text)[1]).toEqual(["VariableValue", offset]);
  });
});

describe("addresses", () => {
  test.each([
    ["h = 10.1.2.3:6222", address("10.1.2.3:6222")],
    ["h = 10.1.2.3", address("10.1.2.3")],
    ["h = example.org:443", bare("example.org:443")],
    ["h = demo.nats.io:-1", bare("demo.nats.io:-1")],
    ["h = :-1", bare(":-1")],
    ["h = :8222", bare(":8222")],
    ["h = -1", integer("-1", -1n)],
  ])("%j", (text, expected) => {
    expect(tokens(text)).toEqual([key("h"), expected]);
  });

  test("array of host ports", () => {
    expect(tokens("h = [host-a:4222, host-b:4222]")).toEqual([
      key("h"),
      ["ArrayStart"],
      bare("host-a:4222"),
      bare("host-b:4222"),
      ["ArrayEnd"],
    ]);
  });
});

describe("arrays", () => {
  const expected: TokenSummary[] = [
    key("list"),
    ["ArrayStart"],
    integer("4", 4n),
    integer("5", 5n),
    integer("6", 6n),
    single("x"),
    ["ArrayEnd"],
  ];

  test.each([
    ["list = [4, 5, 6, 'x']"],
    ["list = [4,5,6,'x']"],
    ["list=[ 4 , 5 , 6 , 'x' ]"],
    ["list = [\n4\n5\n6\n'x'\n]"],
  ])("%j", (text) => {
    expect(tokens(text)).toEqual(expected);
    expect(problems(text)).toEqual([]);
  });

  test("element offsets", () => {
    expect(offsets("list = [4, 5, 'x']")).toEqual([
      ["Key", 0],
      ["ArrayStart", 7],
      ["IntegerValue", 8],
      ["IntegerValue", 11],
      ["StringValue", 14],
      ["ArrayEnd", 17],
    ]);
  });

  test("comments inside", () => {
    const text = "list = [\n  4 # four\n  // between\n  5, // five\n]";
    expect(tokens(text)).toEqual([
      key("list"),
      ["ArrayStart"],
      integer("4", 4n),
      integer("5", 5n),
      ["ArrayEnd"],
    ]);
    expect(comments(text).map(([image]) => image)).toEqual(["# four", "// between", "// five"]);
  });

  test("digits glued to bracket", () => {
    expect(problems("list = [4, 5]")).toEqual(["error syntax/array-bracket"]);
  });

  test("suffix glued to bracket", () => {
    expect(tokens("list = [3k]")).toEqual([key("list"), ["ArrayStart"], bare("3k"), ["ArrayEnd"]]);
    expect(problems("list = [3k]")).toEqual(["warning syntax/array-bracket"]);
  });

  test("array of maps", () => {
    const text = "list = [\n  { name = a, wait: 0.25 }\n  { name = b }\n]";
    expect(tokens(text)).toEqual([
      key("list"),
      ["ArrayStart"],
      ["MapStart"],
      key("name"),
      bare("a"),
      key("wait"),
      float("0.25", 0.25),
      ["MapEnd"],
      ["MapStart"],
      key("name"),
      bare("b"),
      ["MapEnd"],
      ["ArrayEnd"],
    ]);
  });
});

describe("maps", () => {
  const flat: TokenSummary[] = [
    key("srv"),
    ["MapStart"],
    key("addr"),
    single("10.0.0.9"),
    key("port"),
    integer("6000", 6000n),
    ["MapEnd"],
  ];

  test.each([
    ["srv {addr='10.0.0.9', port = 6000}"],
    ["srv = {addr='10.0.0.9'; port: 6000}"],
    ["srv: {\n  addr '10.0.0.9' # where\n  port 6000 // which\n}"],
  ])("%j", (text) => {
    expect(tokens(text)).toEqual(flat);
    expect(problems(text)).toEqual([]);
  });

  test("nested with and without equals", () => {
    const text = "outer {\n  inner = {\n    deep {\n      n = 1\n    }\n  }\n}";
    expect(tokens(text)).toEqual([
      key("outer"),
      ["MapStart"],
      key("inner"),
      ["MapStart"],
      key("deep"),
      ["MapStart"],
      key("n"),
      integer("1", 1n),
      ["MapEnd"],
      ["MapEnd"],
      ["MapEnd"],
    ]);
  });

  test("quoted keys in map", () => {
    expect(tokens("'svc-1.0.2' = { \"port\":7000 }")).toEqual([
      key("svc-1.0.2", "'"),
      ["MapStart"],
      key("port", '"'),
      integer("7000", 7000n),
      ["MapEnd"],
    ]);
  });

  test("unclosed map", () => {
    expect(problems("srv {\n  a = 1\n\n")).toEqual(["error syntax/unterminated"]);
  });
});

describe("comments", () => {
  test.each([
    ["# a remark\n", [["# a remark", 0]]],
    ["// a remark\r\n", [["// a remark", 0]]],
    ["# at end of file", [["# at end of file", 0]]],
    ["n = 9 // trailing", [["// trailing", 6]]],
    ["n=9    # trailing", [["# trailing", 7]]],
  ])("%j", (text, expected) => {
    expect(comments(text)).toEqual(expected);
    expect(problems(text)).toEqual([]);
  });

  test("not a token", () => {
    expect(tokens("# only\n// remarks\n")).toEqual([]);
  });
});

describe("includes", () => {
  test.each([
    ['include "extra.conf"', "extra.conf", '"'],
    ["include 'extra.conf'", "extra.conf", "'"],
    ["include extra.conf", "extra.conf", ""],
    ["INCLUDE extra.conf", "extra.conf", ""],
    ["include\textra.conf", "extra.conf", ""],
  ])("%j", (text, path, quote) => {
    const [token] = tokenize(text).tokens;
    expect(token!.tokenType.name).toBe("Include");
    expect(token!.payload).toMatchObject({ path, quote });
  });

  test.each([
    ["opts { include extra.conf }"],
    ["opts {include extra.conf}"],
    ["opts {\n  include 'extra.conf'\n}"],
  ])("in map %j", (text) => {
    const names = tokens(text).map(([name]) => name);
    expect(names).toEqual(["Key", "MapStart", "Include", "MapEnd"]);
  });

  test("keyword needs whitespace", () => {
    expect(tokens("include=x")).toEqual([key("include"), bare("x")]);
    expect(tokens('"include" x')).toEqual([key("include", '"'), bare("x")]);
  });

  test.each([
    ["include [x]"],
    ["include {x}"],
    ["include (x)"],
    ["include 2.conf"],
    ["include -x"],
    ["include \\x"],
  ])("bad path %j", (text) => {
    expect(problems(text)).toContain("error syntax/include-path");
  });
});

describe("unterminated input", () => {
  test.each([
    ["double quote", 'a = 1\nb = "one\ntwo\n\n'],
    ["single quote", "a = 1\nb = 'one\ntwo\n\n"],
    ["block", "a = 1\nb (\none\ntwo\n\n"],
    ["array", "a = [\n1\n"],
    ["map key", "m {\n  k"],
  ])("%s", (_name, text) => {
    expect(problems(text)).toContain("error syntax/unterminated");
  });

  test("quote at end of file", () => {
    expect(tokens('a = "')).toEqual([key("a")]);
    expect(problems('a = "')).toEqual(["error syntax/unterminated"]);
  });

  test("string spans lines then ends", () => {
    const text = 'a = "\nb: "\nc = 1\n';
    expect(tokens(text)).toEqual([key("a"), double("\nb: "), key("c"), integer("1", 1n)]);
  });
});

describe("NUL byte", () => {
  test("ends top-level value", () => {
    expect(tokens("a = 1\u0000b = 2")).toEqual([
      key("a"),
      integer("1", 1n),
      key("b"),
      integer("2", 2n),
    ]);
    expect(problems("a = 1\u0000b = 2")).toEqual([]);
  });

  test("closes block string", () => {
    const text = "note (\nline\n)\u0000";
    expect(tokens(text)).toEqual([
      key("note"),
      ["StringValue", { value: "\nline\n", style: "block", lossy: false }],
    ]);
    expect(problems(text)).toEqual([]);
  });

  test("inside quoted string", () => {
    expect(problems('a = "x\u0000y"')).toContain("error syntax/unterminated");
  });
});

describe("whole-file JSON", () => {
  test("one line", () => {
    expect(tokens('{"port": 4222, "debug": true}')).toEqual([
      key("port", '"'),
      integer("4222", 4222n),
      key("debug", '"'),
      bool(true),
    ]);
  });

  test("pretty with nesting", () => {
    const text =
      '{\n  "a": {\n    "b": "x",\n    "c": [\n      "y",\n      "z"\n    ]\n  },\n  "d": 1.5\n}\n';
    expect(tokens(text)).toEqual([
      key("a", '"'),
      ["MapStart"],
      key("b", '"'),
      double("x"),
      key("c", '"'),
      ["ArrayStart"],
      double("y"),
      double("z"),
      ["ArrayEnd"],
      ["MapEnd"],
      key("d", '"'),
      float("1.5", 1.5),
    ]);
    expect(problems(text)).toEqual([]);
  });

  test("missing comma between lines", () => {
    const text = '{\n  "a": 1\n  "b": 2,\n}\n';
    expect(tokens(text)).toEqual([
      key("a", '"'),
      integer("1", 1n),
      key("b", '"'),
      integer("2", 2n),
    ]);
    expect(problems(text)).toEqual([]);
  });

  test("closing brace on own line", () => {
    const text = '{\n  "a": "x"\n}';
    expect(tokens(text)).toEqual([key("a", '"'), double("x")]);
    expect(problems(text)).toEqual([]);
  });
});
