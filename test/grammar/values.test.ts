// Values as the resolver builds them from config text: strings, escapes, block
// strings, numbers, bools, datetimes and address-like bare values, checked
// against the nats-server parser behaviour (conf/ as of v2.14).

import { describe, expect, test } from "vitest";

import { writeTypedJson } from "../../src/resolve/typed-json.js";
import type { StringValue } from "../../src/resolve/values.js";
import { load } from "./config-helpers.js";

const raw = String.raw;

/** Loads `text`, asserts that it has no errors, and returns the value of key `v`. */
function valueOf(text: string): unknown {
  const outcome = load(text);
  expect(outcome.errors, text).toEqual([]);
  return outcome.root["v"];
}

function expectValue(text: string, expected: unknown): void {
  expect(valueOf(text), text).toStrictEqual(expected);
}

function expectError(text: string, code: string): void {
  expect(load(text).errors, text).toContain(code);
}

function stringEntry(text: string): StringValue {
  const value = load(text).config.root.entries.get("v")?.value;
  expect(value?.type, text).toBe("string");
  return value as StringValue;
}

/** Returns the typed JSON of key `v` with maps turned into plain objects. */
function typedOf(text: string): unknown {
  const typed = JSON.parse(writeTypedJson(load(text).config.root, 0)) as { v: { v: unknown } };
  return typed.v.v;
}

describe("double-quoted strings", () => {
  test.each([
    [raw`v = "a\tb"`, "a\tb"],
    [raw`v = "a\nb"`, "a\nb"],
    [raw`v = "a\rb"`, "a\rb"],
    [raw`v = "a\"b"`, 'a"b'],
    [raw`v = "a\\b"`, "a\\b"],
    [raw`v = "\x41\x62"`, "Ab"],
    [raw`v = "\x4A\x4a"`, "JJ"],
    [raw`v = "x\x7Cy"`, "x|y"],
    ['v = "two\nlines"', "two\nlines"],
    ['v = "two\r\nlines"', "two\r\nlines"],
    ['v = "has # and // inside"', "has # and // inside"],
    ['v = ""', ""],
  ])("%j", (text, expected) => {
    expectValue(text, expected);
  });

  test.each([
    ['v = "true"', "true"],
    ['v = "123"', "123"],
    ['v = "$name"', "$name"],
    ['v = "5MB"', "5MB"],
    ['v = "1.5"', "1.5"],
    ['v = "2020-01-02T03:04:05Z"', "2020-01-02T03:04:05Z"],
  ])("quoted stays string %j", (text, expected) => {
    expectValue(text, expected);
  });

  test.each([
    [raw`v = "\u0041"`],
    [raw`v = "\/"`],
    [raw`v = "\'"`],
    [raw`v = "\b"`],
    [raw`v = "\f"`],
    [raw`v = "\0"`],
    ['v = "a\\\nb"'],
    [raw`v = "\X41"`],
  ])("invalid escape %j", (text) => {
    expectError(text, "syntax/invalid-escape");
  });

  test.each([
    ['v = "ab\\x\n"'],
    ['v = "ab\\x4\n"'],
    [raw`v = "<\x>"`],
    [raw`v = "<\xe>"`],
    [raw`v = "\xZZ"`],
  ])("short hex escape %j", (text) => {
    expectError(text, "syntax/invalid-escape");
  });

  test("non-UTF-8 byte", () => {
    const value = stringEntry(raw`v = "\xe9"`);
    expect(load(raw`v = "\xe9"`).errors).toEqual([]);
    expect(value.value).toBe("\uFFFD");
    expect(value.lossy).toBe(true);
  });

  test("UTF-8 text is not lossy", () => {
    const value = stringEntry('v = "café"');
    expect(value.value).toBe("café");
    expect(value.lossy).toBe(false);
  });

  test.each([
    [raw`v = "\xc3\xa9"`, "é"],
    [raw`v = "caf\xC3\xA9!"`, "café!"],
    [raw`v = "\xe2\x82\xac"`, "€"],
  ])("hex escapes forming UTF-8 %j", (text, expected) => {
    expectValue(text, expected);
    expect(stringEntry(text).lossy).toBe(false);
  });

  test.each([['v = "abc'], ['v = "abc\n\n'], ['v = "'], [raw`v = "\"`]])(
    "unterminated %j",
    (text) => {
      expectError(text, "syntax/unterminated");
    },
  );

  test("text glued after quote", () => {
    expectError('v = "x"y', "syntax/missing-separator");
  });

  test("terminator after quote", () => {
    const outcome = load('v = "x" ; w = 2');
    expect(outcome.errors).toEqual([]);
    expect(outcome.root).toStrictEqual({ v: "x", w: 2n });
  });

  test.each([['v = "x"#c'], ['v = "x"// c'], ['v = "x"  # c']])(
    "comment after quote %j",
    (text) => {
      expectValue(text, "x");
    },
  );
});

describe("single-quoted strings", () => {
  test.each([
    [raw`v = 'C:\nats\conf'`, raw`C:\nats\conf`],
    [raw`v = 'x\r\n  \ty'`, raw`x\r\n  \ty`],
    [raw`v = '\x41'`, raw`\x41`],
    [`v = 'say "hi"'`, 'say "hi"'],
    ["v = 'two\nlines'", "two\nlines"],
    ["v = '$name'", "$name"],
    ["v = 'yes'", "yes"],
    ["v = ''", ""],
  ])("%j", (text, expected) => {
    expectValue(text, expected);
  });

  test("doubled quote inside", () => {
    expectError("v = 'don''t'", "syntax/missing-separator");
  });

  test("unterminated", () => {
    expectError("v = 'abc", "syntax/unterminated");
  });
});

describe("bare strings", () => {
  test.each([
    ["v = word", "word"],
    ["v = word\n", "word"],
    ["v = word\r\n", "word"],
    ["v = word;", "word"],
    ["v = word,", "word"],
    ["v = word }", "word"],
    ["v = word\t", "word"],
    ["v = word // note", "word"],
    ["v = word # note", "word"],
  ])("ends %j", (text, expected) => {
    expectValue(text, expected);
  });

  test.each([
    ["v = a#b", "a#b"],
    ["v = 7#x", "7#x"],
    ["v = a//b", "a//b"],
    ['v = a"b', 'a"b'],
    ["v = k=v", "k=v"],
    ["v = a{b}", "a{b"],
    ["v = a[b", "a[b"],
    ["v = f(x)", "f(x)"],
    ["v = x$y", "x$y"],
    ["v = me@host", "me@host"],
    ["v = a.b.c", "a.b.c"],
    ["v = naïve", "naïve"],
    ["v = a\u00A0b", "a\u00A0b"],
  ])("keeps %j", (text, expected) => {
    expectValue(text, expected);
  });

  test("quote ends value and is dropped", () => {
    expectValue("v = word' ", "word");
  });

  test("text after quote", () => {
    expectError("v = ab'cd", "syntax/missing-separator");
  });

  test("close bracket ends value", () => {
    expectError("v = word]", "syntax/missing-separator");
  });

  test.each([
    [raw`v = \x65`, "e"],
    [raw`v = left\x7Cright`, "left|right"],
    [raw`v = a\tb`, "a\tb"],
    [raw`v = \\`, "\\"],
    [raw`v = tru\x65`, "true"],
    [raw`v = \\on`, "\\on"],
    [raw`v = \\$name`, "\\$name"],
    [raw`v = $\x61`, "$a"],
  ])("escape %j", (text, expected) => {
    expectValue(text, expected);
  });

  test.each([
    [raw`v = D:\path`],
    [raw`v = end\ `],
    [raw`v = end\\\ `],
    ["v = end\\"],
    [raw`v = \u0041`],
  ])("invalid escape %j", (text) => {
    expectError(text, "syntax/invalid-escape");
  });

  test("Windows path with valid escape", () => {
    expectValue(raw`v = C:\nats`, "C:\nats");
  });

  test("null is a string", () => {
    expectValue("v = null", "null");
  });

  test("NULL is a string", () => {
    expectValue("v = NULL", "NULL");
  });

  test.each([["v ="], ["v:"], ["v = ;"], ["v = ,"], ["v =   "]])("empty value %j", (text) => {
    expectValue(text, "");
  });

  test("value cannot start with dot", () => {
    expectError("v = .hidden", "syntax/invalid-number");
  });

  test("plus sign is text", () => {
    expectValue("v = +1", "+1");
  });
});

describe("block strings", () => {
  test.each([
    ["v (\n0123456789\n)\n", "\n0123456789\n"],
    ["v = (\nline one\nline two\n)\n", "\nline one\nline two\n"],
    ["v (\n)\n", "\n"],
    ["v (\nf(x) and (y)\n(\n  )\n) not the end\n)\n", "\nf(x) and (y)\n(\n  )\n) not the end\n"],
    ['v (\n$name \\t "q" # c\n)\n', '\n$name \\t "q" # c\n'],
  ])("%j", (text, expected) => {
    expectValue(text, expected);
  });

  test("block then next key", () => {
    const outcome = load("v (\ntext\n)\nw = 2\n");
    expect(outcome.errors).toEqual([]);
    expect(outcome.root).toStrictEqual({ v: "\ntext\n", w: 2n });
  });

  test("block inside map", () => {
    const outcome = load("m {\n  v (\ntext\n)\n}\n");
    expect(outcome.errors).toEqual([]);
    expect(outcome.root).toStrictEqual({ m: { v: "\ntext\n" } });
  });

  test("one line never closes", () => {
    expectError("v = (text)", "syntax/unterminated");
    expectError("v = (text)\n", "syntax/unterminated");
  });

  test("CRLF never closes", () => {
    expectError("v (\r\ntext\r\n)\r\n", "syntax/unterminated");
  });

  test("final paren keeps newline and paren", () => {
    expectValue("v (\ntext\n)", "\ntext\n)");
  });

  test("final paren of empty block", () => {
    expectValue("v (\n)", "\n)");
  });
});

describe("integers", () => {
  test.each([
    ["v = 0", 0n],
    ["v = 42", 42n],
    ["v = -42", -42n],
    ["v = 007", 7n],
    ["v = -007", -7n],
  ])("%j", (text, expected) => {
    expectValue(text, expected);
  });

  const kilo = 10n ** 3n;
  const kibi = 2n ** 10n;
  test.each([
    ["k", kilo],
    ["K", kilo],
    ["kb", kibi],
    ["KB", kibi],
    ["Kb", kibi],
    ["ki", kibi],
    ["KI", kibi],
    ["kib", kibi],
    ["KiB", kibi],
    ["kIb", kibi],
    ["m", kilo ** 2n],
    ["M", kilo ** 2n],
    ["mb", kibi ** 2n],
    ["MB", kibi ** 2n],
    ["mi", kibi ** 2n],
    ["MiB", kibi ** 2n],
    ["g", kilo ** 3n],
    ["G", kilo ** 3n],
    ["gb", kibi ** 3n],
    ["Gi", kibi ** 3n],
    ["gib", kibi ** 3n],
    ["t", kilo ** 4n],
    ["T", kilo ** 4n],
    ["tb", kibi ** 4n],
    ["ti", kibi ** 4n],
    ["TiB", kibi ** 4n],
    ["p", kilo ** 5n],
    ["P", kilo ** 5n],
    ["pb", kibi ** 5n],
    ["pi", kibi ** 5n],
    ["PIB", kibi ** 5n],
    ["e", kilo ** 6n],
    ["E", kilo ** 6n],
    ["eb", kibi ** 6n],
    ["ei", kibi ** 6n],
    ["EiB", kibi ** 6n],
  ])("suffix %s", (suffix, multiplier) => {
    expectValue(`v = 3${suffix}`, 3n * multiplier);
    expectValue(`v = -3${suffix}`, -3n * multiplier);
  });

  test("suffix before separators", () => {
    const outcome = load("a = 2k; b = 2k, c = 2k }\nd = 2k # c\ne = 2k\t\n");
    expect(outcome.errors).toEqual([]);
    expect(outcome.root).toStrictEqual({ a: 2000n, b: 2000n, c: 2000n, d: 2000n, e: 2000n });
  });

  test.each([
    ["v = 1EB", 2n ** 60n],
    ["v = 7EiB", 7n * 2n ** 60n],
    ["v = 9e", 9n * 10n ** 18n],
    ["v = 9007199254740993", 9007199254740993n],
    ["v = 9223372036854775807", 2n ** 63n - 1n],
    ["v = -9223372036854775808", -(2n ** 63n)],
  ])("exact beyond 2^53 %j", (text, expected) => {
    expectValue(text, expected);
  });

  test.each([
    ["v = 9223372036854775808"],
    ["v = -9223372036854775809"],
    ["v = 99999999999999999999k"],
  ])("out of range %j", (text) => {
    expectError(text, "syntax/invalid-number");
  });

  test.each([
    ["v = 10E", -8446744073709551616n],
    ["v = 9223372036854775807k", -1000n],
    ["v = 8EiB", -(2n ** 63n)],
    ["v = 16eb", 0n],
  ])("wraps like int64 %j", (text, expected) => {
    const outcome = load(text);
    expect(outcome.errors).toEqual([]);
    expect(outcome.warnings).toEqual(["syntax/invalid-number"]);
    expect(outcome.root["v"]).toBe(expected);
  });

  test.each([
    ["v = 4e2abc"],
    ["v = 0K1abc"],
    ["v = 8m4dwr"],
    ["v = 1k2"],
    ["v = 1e5"],
    ["v = 2MB3"],
  ])("suffix then digit %j", (text) => {
    expectError(text, "syntax/number-suffix");
  });

  test.each([
    ["v = 1kbb"],
    ["v = 1kbi"],
    ["v = 1Kbi"],
    ["v = 1kii"],
    ["v = 1kibb"],
    ["v = 2MBB"],
    ["v = 3gbi"],
  ])("unknown suffix %j", (text) => {
    const outcome = load(text);
    expect(outcome.errors).toContain("syntax/number-suffix");
    expect(outcome.root["v"]).toBeUndefined();
  });

  test("unknown suffix in map", () => {
    expectError("m { v = 1kbb }", "syntax/number-suffix");
  });

  test.each([
    ["v = 1Ghz", "1Ghz"],
    ["v = 2Pie", "2Pie"],
    ["v = 3Mbs", "3Mbs"],
    ["v = 5Gø", "5Gø"],
    ["v = 3Gyz", "3Gyz"],
    ["v = 1k/", "1k/"],
    ["v = 1k#c", "1k#c"],
    ["v = 500ms", "500ms"],
    ["v = 2s", "2s"],
    ["v = 1h30m", "1h30m"],
    ["v = 1d", "1d"],
    ["v = 3xyz", "3xyz"],
    ["v = 12:30", "12:30"],
    ["v = 1/2", "1/2"],
    ["v = 0x10", "0x10"],
    ["v = 1_000", "1_000"],
    ["v = 9]", "9]"],
    ["v = 9'", "9'"],
    ["v = 12'x", "12'x"],
    ["v = 5\u3000", "5\u3000"],
  ])("digit-led string %j", (text, expected) => {
    expectValue(text, expected);
  });

  test.each([
    ["v = 1m", 1_000_000n],
    ["v = 10m", 10_000_000n],
    ["v = 1M", 1_000_000n],
  ])("minutes are mega %j", (text, expected) => {
    expectValue(text, expected);
  });

  test.each([
    ["v = 1-2"],
    ["v = 123-abc"],
    ["v = 12345678-1234"],
    ["v = 55084001-e29b"],
    ["v = 20240101-x"],
  ])("digits then dash %j", (text) => {
    expectError(text, "syntax/invalid-number");
  });

  test.each([["v = -abc"], ["v = -.5"], ["v = -1abc"], ["v = -"]])(
    "minus not number %j",
    (text) => {
      expectError(text, "syntax/invalid-number");
    },
  );

  test("non-ASCII digits", () => {
    expectError("v = \u0661\u0662", "syntax/invalid-number");
  });
});

describe("floats", () => {
  test.each([
    ["v = 2.5", 2.5],
    ["v = -2.25", -2.25],
    ["v = 00.5", 0.5],
    ["v = 0.125", 0.125],
    ["v = 3.14159", 3.14159],
  ])("%j", (text, expected) => {
    expectValue(text, expected);
  });

  test("1.0 is float", () => {
    expect(typedOf("v = 1.0")).toMatchObject({ t: "float64", s: "1" });
    expectValue("v = 1.0", 1);
  });

  test.each([["v = 1."], ["v = 1.x"], ["v = .5"], ["v = -.5"]])("malformed %j", (text) => {
    expectError(text, "syntax/invalid-number");
  });

  test.each([["v = 1.5s"], ["v = 1.5k"], ["v = 1.5e3"], ["v = 1.2:3"], ["v = 1.5]"]])(
    "glued text %j",
    (text) => {
      expectError(text, "syntax/invalid-number");
    },
  );

  test("exponent form", () => {
    expectError("v = 1e3", "syntax/number-suffix");
  });

  test("out of range", () => {
    expectError(`v = 1${"0".repeat(400)}.5`, "syntax/invalid-number");
  });
});

describe("bools", () => {
  test.each([
    ["true", true],
    ["TRUE", true],
    ["True", true],
    ["tRuE", true],
    ["yes", true],
    ["YES", true],
    ["yEs", true],
    ["on", true],
    ["ON", true],
    ["oN", true],
    ["false", false],
    ["FALSE", false],
    ["False", false],
    ["no", false],
    ["NO", false],
    ["nO", false],
    ["off", false],
    ["OFF", false],
    ["Off", false],
  ])("%s", (word, expected) => {
    expectValue(`v = ${word}`, expected);
  });

  test.each([
    ["v = t"],
    ["v = y"],
    ["v = n"],
    ["v = truex"],
    ["v = yess"],
    ['v = "true"'],
    ["v = 'off'"],
    ["v = 1"],
  ])("not bool %j", (text) => {
    expect(typeof valueOf(text), text).not.toBe("boolean");
  });
});

describe("datetimes", () => {
  test.each([
    ["v = 2016-05-04T18:53:41Z", "2016-05-04T18:53:41Z"],
    ["v = 2024-02-29T23:59:59Z", "2024-02-29T23:59:59Z"],
    ["v = 2000-01-01T00:00:00Z\n", "2000-01-01T00:00:00Z"],
  ])("%j", (text, expected) => {
    expectValue(text, { datetime: expected });
    expect(typedOf(text)).toStrictEqual({ t: "time.Time", v: expected });
  });

  test.each([
    ["v = 2016-05-04"],
    ["v = 2016-05-04T18:53:41"],
    ["v = 2016-05-04T18:53:41+01:00"],
    ["v = 2016-05-04T18:53:41.5Z"],
    ["v = 2016-05-04t18:53:41z"],
    ["v = 2016-05-04 18:53:41Z"],
    ["v = 2016-5-04T18:53:41Z"],
  ])("malformed %j", (text) => {
    expectError(text, "syntax/invalid-datetime");
  });

  test.each([
    ["v = 2016-13-45T25:61:61Z"],
    ["v = 2023-02-29T00:00:00Z"],
    ["v = 2016-04-31T00:00:00Z"],
    ["v = 2016-05-04T24:00:00Z"],
  ])("impossible %j", (text) => {
    expectError(text, "syntax/invalid-datetime");
  });

  test("text after Z", () => {
    expectError("v = 2016-05-04T18:53:41Zabc", "syntax/missing-separator");
  });

  test("quoted stays string", () => {
    expectValue('v = "2016-05-04T18:53:41Z"', "2016-05-04T18:53:41Z");
  });
});

describe("address-like values", () => {
  test.each([
    ["v = 127.0.0.1", "127.0.0.1"],
    ["v = 127.0.0.1:4222", "127.0.0.1:4222"],
    ["v = 1.2.3", "1.2.3"],
    ["v = 10.0.0.1-10.0.0.5", "10.0.0.1-10.0.0.5"],
    ["v = 0.0.0.0", "0.0.0.0"],
    ["v = localhost:4222", "localhost:4222"],
    ["v = :4222", ":4222"],
    ["v = nats.io:-1", "nats.io:-1"],
    ["v = nats://user:secret@nats.example.com:4222", "nats://user:secret@nats.example.com:4222"],
    ["v = nats-route://r1:pw@10.0.0.2:6222", "nats-route://r1:pw@10.0.0.2:6222"],
    ["v = https://example.com/path?q=1", "https://example.com/path?q=1"],
  ])("%j", (text, expected) => {
    expectValue(text, expected);
  });

  test("bracket ends bare URL", () => {
    expectError("v = tls://[::1]:4222", "syntax/missing-separator");
  });

  test("two dots is not a float", () => {
    expect(typedOf("v = 1.2.3")).toStrictEqual({ t: "string", v: "1.2.3" });
    expect(typedOf("v = 1.2")).toMatchObject({ t: "float64" });
  });

  test.each([["v = 1.2.3.4abc"], ["v = 1.2.3.4/24"], ["v = 10.0.0.1]"]])(
    "glued text %j",
    (text) => {
      expectError(text, "syntax/missing-separator");
    },
  );
});

describe("typed JSON", () => {
  test("int64 beyond 2^53 keeps digits", () => {
    expect(typedOf("v = 1EB")).toStrictEqual({ t: "int64", v: 2 ** 60, s: "1152921504606846976" });
  });

  test("small int64 has no digit string", () => {
    expect(typedOf("v = 2k")).toStrictEqual({ t: "int64", v: 2000 });
  });

  test("written JSON keeps exact digits", () => {
    const text = writeTypedJson(load("v = 9007199254740993").config.root, 0);
    expect(text).toContain('"v": 9007199254740993');
    expect(text).toContain('"s": "9007199254740993"');
  });

  test("bool and string", () => {
    expect(typedOf("v = Off")).toStrictEqual({ t: "bool", v: false });
    expect(typedOf("v = null")).toStrictEqual({ t: "string", v: "null" });
  });
});
