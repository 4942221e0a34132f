// Layout decisions and quoting edge cases of fmt.

import { describe, expect, test } from "vitest";

import { formatText, type FormatResult } from "../../src/fmt/format.js";
import { loadConfigText } from "../../src/resolve/load.js";
import { writeTypedJson } from "../../src/resolve/typed-json.js";
import { commentTexts } from "./helpers.js";

/** Formats text that must be accepted and returns the output. */
function format(text: string): string {
  const result: FormatResult = formatText(text);
  if (!result.ok) {
    const detail =
      result.reason === "syntax" ? result.diagnostics.map((d) => d.message) : result.message;
    throw new Error(`fmt rejected the input: ${JSON.stringify(detail)}`);
  }
  return result.text;
}

/** Returns the typed value tree of a text, with an empty environment. */
function meaning(text: string): unknown {
  const loaded = loadConfigText("/nonexistent/test.conf", text, { env: {} });
  return JSON.parse(writeTypedJson(loaded.root, 1));
}

/** Formats `input`, expects `output`, and checks meaning, comments and idempotence. */
function expectFormat(input: string, output: string): void {
  const formatted = format(input);
  expect(formatted).toBe(output);
  expect(meaning(formatted)).toEqual(meaning(input));
  expect(commentTexts(formatted)).toEqual(commentTexts(input));
  expect(format(formatted)).toBe(formatted);
}

describe("fmt layout", () => {
  test("separators become colon and space", () => {
    expectFormat("a=1\nb 2\nc:3\nd = 4;\n", "a: 1\nb: 2\nc: 3\nd: 4\n");
  });

  test("maps take no separator", () => {
    expectFormat("m = { a = 1 }\nn: {b: 2}\n", "m {\n  a: 1\n}\nn {\n  b: 2\n}\n");
  });

  test("entries on one line are split", () => {
    expectFormat("a = 1; b = 2, c = 3\n", "a: 1\nb: 2\nc: 3\n");
  });

  test("nested maps indent by two spaces", () => {
    expectFormat("a {\n\t\tb {\n c = 1\n}\n}\n", "a {\n  b {\n    c: 1\n  }\n}\n");
  });

  test("empty map and array", () => {
    expectFormat("m {\n}\na = [ ]\n", "m {}\na: []\n");
  });

  test("short scalar array stays on one line", () => {
    expectFormat("a = [\n  x,\n  y\n]\n", "a: [x, y]\n");
  });

  test("long array gets one element per line", () => {
    const items = Array.from({ length: 12 }, (_, i) => `"element-${i}"`);
    const expected = `a: [\n${items.map((item) => `  element-${items.indexOf(item)}`).join("\n")}\n]\n`;
    expectFormat(`a = [${items.join(", ")}]\n`, expected);
  });

  test("array of maps gets one element per line", () => {
    expectFormat(
      "users = [{user: a, password: b}, {user: c}]\n",
      "users: [\n  {\n    user: a\n    password: b\n  }\n  {\n    user: c\n  }\n]\n",
    );
  });

  test("number before closing bracket is padded", () => {
    // nats-server reads `2]` as the string "2]", so the space is required.
    expectFormat("a = [1, 2 ]\n", "a: [ 1, 2 ]\n");
    expectFormat("a = [x, 10k ]\n", "a: [ x, 10k ]\n");
  });

  test("negative number needs no padding", () => {
    expectFormat("a = [1, -2]\n", "a: [1, -2]\n");
  });

  test("blank line runs collapse to one", () => {
    expectFormat("\n\na = 1\n\n\n\nb = 2\nc = 3\n\n\n", "a: 1\n\nb: 2\nc: 3\n");
  });

  test("blank lines at block edges are dropped", () => {
    expectFormat("m {\n\n  a = 1\n\n}\n", "m {\n  a: 1\n}\n");
  });

  test("CRLF input gives LF output", () => {
    expectFormat("a = 1\r\nb {\r\n  c = 2\r\n}\r\n", "a: 1\nb {\n  c: 2\n}\n");
  });

  test("top-level braces are removed", () => {
    expectFormat('{\n  "port": 4222,\n  "debug": false\n}\n', "port: 4222\ndebug: false\n");
  });

  test("stray closing brace at the end is removed", () => {
    expectFormat("a = 1\n}", "a: 1\n");
  });

  test("empty and comment-only files", () => {
    expectFormat("", "");
    expectFormat("\n\n", "");
    expectFormat("# only\n\n\n// two\n", "# only\n\n// two\n");
  });

  test("order of duplicate keys and variables is kept", () => {
    expectFormat("a = 1\nb = $a\na = 2\nc = $a\n", "a: 1\nb: $a\na: 2\nc: $a\n");
  });

  test("include keeps its path and quotes", () => {
    expectFormat(
      "include 'a b.conf'\ninclude \"c.conf\";\nm { include ./d.conf }\n",
      "include 'a b.conf'\ninclude \"c.conf\"\nm {\n  include ./d.conf\n}\n",
    );
  });

  test("block string is kept verbatim", () => {
    expectFormat(
      "m {\n  text (\n  line one\n    line two\n)\n}\n",
      "m {\n  text: (\n  line one\n    line two\n)\n}\n",
    );
  });
});

describe("fmt comments", () => {
  test("leading and trailing comments stay", () => {
    expectFormat(
      "# head\na = 1 # after a\n// before b\nb = 2   // after b   \n",
      "# head\na: 1 # after a\n// before b\nb: 2 // after b\n",
    );
  });

  test("comment after opening brace stays on that line", () => {
    expectFormat("m { # about m\n  a = 1\n}\n", "m { # about m\n  a: 1\n}\n");
  });

  test("comment before closing brace stays inside", () => {
    expectFormat("m {\n  a = 1\n  # last\n}\n", "m {\n  a: 1\n  # last\n}\n");
  });

  test("comment after closing brace trails it", () => {
    expectFormat("m {\n  a = 1\n} # end of m\n", "m {\n  a: 1\n} # end of m\n");
  });

  test("comment in an array spreads the array", () => {
    expectFormat("a = [1, # one\n  2 # two\n]\n", "a: [\n  1 # one\n  2 # two\n]\n");
  });

  test("comment in an empty map and array", () => {
    expectFormat(
      "m {\n  # nothing yet\n}\na = [\n  # none\n]\n",
      "m {\n  # nothing yet\n}\na: [\n  # none\n]\n",
    );
  });

  test("comments at the end of the file", () => {
    expectFormat("a = 1\n\n# tail one\n# tail two\n", "a: 1\n\n# tail one\n# tail two\n");
  });

  test("hash inside a bare value is not a comment", () => {
    expectFormat("a = foo#bar\n", "a: foo#bar\n");
  });
});

describe("fmt quoting", () => {
  test("quotes dropped from plain strings", () => {
    expectFormat(
      'a = "localhost"\nb = \'nats.io\'\nc = "foo.*.>"\nd = "/var/lib/nats"\ne = ">"\n',
      'a: localhost\nb: nats.io\nc: foo.*.>\nd: "/var/lib/nats"\ne: >\n',
    );
  });

  test("quotes kept where the bare form means something else", () => {
    const kept = [
      '"true"', // bool
      '"Off"',
      '"123"', // integer
      '"1MB"', // size
      '"1.5"', // float
      '"2s"', // a string only because of its suffix; kept quoted to be safe
      '"2016-05-04T18:53:41Z"', // datetime
      '"$VAR"', // variable
      '"a b"', // space
      '"a,b"', // separator
      '"a#b"', // comment marker
      '"-1"', // number
      '""', // empty
      "'C:\\path'", // backslash, which bare strings read as an escape
      '"x\\ty"', // escape
      '"it\'s"', // single quote ends a bare string
      '"a]"',
      '"a}"',
      '"//x"',
      '"{a}"',
      '"[a]"',
      '"/var/lib/nats"', // a leading / is an error where an array element starts
    ];
    for (const value of kept) expectFormat(`k = ${value}\n`, `k: ${value}\n`);
  });

  test("original quote style is kept when quotes are needed", () => {
    expectFormat("a = 'two words'\nb = \"two words\"\n", "a: 'two words'\nb: \"two words\"\n");
  });

  test("number glued to a bracket is quoted", () => {
    // `[1k]` is the string "1k" to nats-server; the quotes make that visible.
    const formatted = format("a = [1k]\n");
    expect(formatted).toBe('a: ["1k"]\n');
    expect(meaning(formatted)).toEqual(meaning("a = [1k]\n"));
  });

  test("empty bare value becomes empty quotes", () => {
    expectFormat("a =", 'a: ""\n');
    expectFormat("a =;b = 1\n", 'a: ""\nb: 1\n');
  });

  test("literals keep their text", () => {
    expectFormat(
      "a = 1k\nb = 64MB\nc = 1KiB\nd = 007\ne = 00.5\nf = YES\ng = off\nh = 2016-05-04T18:53:41Z\ni = -1GB\n",
      "a: 1k\nb: 64MB\nc: 1KiB\nd: 007\ne: 00.5\nf: YES\ng: off\nh: 2016-05-04T18:53:41Z\ni: -1GB\n",
    );
  });

  test("bare strings keep their text", () => {
    expectFormat(
      'a = nats-route://u:p@host:4245\nb = 127.0.0.1:4222\nc = \\x65\nd = 3xyz\ne = $2a$11$abc\nf = x"y\n',
      'a: nats-route://u:p@host:4245\nb: 127.0.0.1:4222\nc: \\x65\nd: 3xyz\ne: $2a$11$abc\nf: x"y\n',
    );
  });

  test("quoted keys lose quotes only when plain", () => {
    expectFormat(
      '"port" = 1\n\'a b\' = 2\n"a.b-c" = 3\n"x=y" = 4\n"" = 5\n',
      'port: 1\n\'a b\': 2\na.b-c: 3\n"x=y": 4\n"": 5\n',
    );
  });

  test("key named include is quoted", () => {
    expectFormat(
      "include: 1\nm { INCLUDE: { a = 1 } }\n",
      '"include": 1\nm {\n  "INCLUDE" {\n    a: 1\n  }\n}\n',
    );
  });

  test("unusual bare keys stay bare", () => {
    expectFormat("a.b.c = 1\n$x = 2\nfoo{bar = 3\n", "a.b.c: 1\n$x: 2\nfoo{bar: 3\n");
  });
});

describe("fmt rejects", () => {
  test("syntax errors with their location", () => {
    const result = formatText("a = [1, 2]\n");
    expect(result.ok).toBe(false);
    if (result.ok || result.reason !== "syntax") return;
    expect(result.diagnostics[0]?.code).toBe("syntax/array-bracket");
    expect(result.diagnostics[0]?.range.start.line).toBe(1);
  });

  test("key without value at the end", () => {
    const result = formatText("a = 1\nb\n");
    expect(result.ok).toBe(false);
  });
});
