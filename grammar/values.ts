// Scanners for values: quoted, bare and block strings, numbers, datetimes.
// Each mirrors the matching states of nats-server's lexer (conf/lex.go, v2.9.10
// to v2.14) and returns where the value ends and what it holds. Problems are
// pushed to the caller's list; the scanners always make progress and return a
// value, so that lexing can go on after an error.

import {
  END,
  codePointAt,
  describeChar,
  endsBareString,
  endsNumber,
  isDigit,
  isHexDigit,
  isNewline,
  isSuffixLetter,
  isSuffixTail,
  utf8Length,
  widthAt,
} from "./chars.js";
import { convertFloat, convertInteger, isValidDateTime } from "./literals.js";
import type { SyntaxProblem } from "./problems.js";
import { decodeUtf8 } from "./utf8.js";

export type StringStyle = "bare" | "double" | "single" | "block" | "address";

export type ValueScan =
  | { kind: "string"; end: number; value: string; style: StringStyle; lossy: boolean }
  | { kind: "bool"; end: number; value: boolean }
  | { kind: "variable"; end: number; name: string }
  | { kind: "integer"; end: number; value: bigint | null; literal: string }
  | { kind: "float"; end: number; value: number | null; literal: string }
  | { kind: "datetime"; end: number; literal: string; valid: boolean }
  /** The server reads the end of input here and stops parsing without an error. */
  | { kind: "halt"; end: number };

/** Collects the decoded text of a string, with `\xHH` escapes kept as bytes. */
class StringBuilder {
  private parts: string[] = [];
  private bytes: number[] = [];
  lossy = false;

  addText(text: string): void {
    // Empty text between two \xHH escapes must not split their bytes.
    if (text === "") return;
    this.flushBytes();
    this.parts.push(text);
  }

  addByte(byte: number): void {
    this.bytes.push(byte);
  }

  build(): string {
    this.flushBytes();
    return this.parts.join("");
  }

  private flushBytes(): void {
    if (this.bytes.length === 0) return;
    const decoded = decodeUtf8(Uint8Array.from(this.bytes));
    if (decoded.firstInvalidByte >= 0) this.lossy = true;
    this.parts.push(decoded.text);
    this.bytes = [];
  }
}

const SIMPLE_ESCAPES: ReadonlyMap<number, string> = new Map([
  [0x74, "\t"], // t
  [0x6e, "\n"], // n
  [0x72, "\r"], // r
  [0x22, '"'],
  [0x5c, "\\"],
]);

const ESCAPE_HELP =
  'Only \\t, \\n, \\r, \\", \\\\ and \\xHH are escapes. Write a literal backslash as \\\\, ' +
  "or put the value in single quotes, where backslashes are plain characters.";

/**
 * Reads the escape whose backslash is at `offset` and returns the offset after it.
 * On an invalid escape the backslash and the next character are kept as text.
 */
function scanEscape(
  text: string,
  offset: number,
  out: StringBuilder,
  problems: SyntaxProblem[],
): number {
  const c = codePointAt(text, offset + 1);
  const simple = SIMPLE_ESCAPES.get(c);
  if (simple !== undefined) {
    out.addText(simple);
    return offset + 2;
  }
  if (c === 0x78) return scanHexEscape(text, offset, out, problems);

  const end = offset + 1 + widthAt(text, offset + 1);
  problems.push({
    code: "syntax/invalid-escape",
    severity: "error",
    message: `Invalid escape sequence \\${c === END ? "" : String.fromCodePoint(c)}: nats-server rejects the file.`,
    help: ESCAPE_HELP,
    start: offset,
    end,
  });
  out.addText(text.slice(offset, end));
  return end;
}

function scanHexEscape(
  text: string,
  offset: number,
  out: StringBuilder,
  problems: SyntaxProblem[],
): number {
  const first = codePointAt(text, offset + 2);
  const second = first === END || isNewline(first) ? END : codePointAt(text, offset + 3);
  if (isHexDigit(first) && isHexDigit(second)) {
    out.addByte(parseInt(text.slice(offset + 2, offset + 4), 16));
    return offset + 4;
  }
  const end =
    isNewline(first) || first === END
      ? offset + 2
      : Math.min(offset + 2 + widthAt(text, offset + 2), text.length);
  problems.push({
    code: "syntax/invalid-escape",
    severity: "error",
    message: `Escape ${text.slice(offset, end + (isHexDigit(first) ? 1 : 0))} needs two hexadecimal digits after \\x.`,
    help: "Write a byte as \\x followed by two hex digits, for example \\x41 for A.",
    start: offset,
    end,
  });
  out.addText(text.slice(offset, end));
  return end;
}

/** Scans a double-quoted string; `offset` is at the opening quote. */
export function scanDoubleQuoted(
  text: string,
  offset: number,
  problems: SyntaxProblem[],
): ValueScan {
  // Most strings have no escape; the builder is made at the first one.
  let out: StringBuilder | null = null;
  let segmentStart = offset + 1;
  let i = segmentStart;
  for (;;) {
    const c = codePointAt(text, i);
    if (c === 0x22) {
      const value = finishString(out, text.slice(segmentStart, i));
      return { kind: "string", end: i + 1, value, style: "double", lossy: out?.lossy ?? false };
    }
    if (c === 0x5c) {
      out ??= new StringBuilder();
      out.addText(text.slice(segmentStart, i));
      i = scanEscape(text, i, out, problems);
      segmentStart = i;
      continue;
    }
    if (c === END) {
      // The server stops without an error when the text ends right after the
      // quote or the last escape. A NUL character is always an error.
      if (i === segmentStart && i >= text.length) return { kind: "halt", end: i };
      problems.push(unterminatedString(offset, i, '"'));
      const value = finishString(out, text.slice(segmentStart, i));
      return { kind: "string", end: i, value, style: "double", lossy: out?.lossy ?? false };
    }
    i += widthAt(text, i);
  }
}

function finishString(out: StringBuilder | null, rest: string): string {
  if (out === null) return rest;
  out.addText(rest);
  return out.build();
}

/** Scans a single-quoted raw string; `offset` is at the opening quote. */
export function scanSingleQuoted(
  text: string,
  offset: number,
  problems: SyntaxProblem[],
): ValueScan {
  let i = offset + 1;
  for (;;) {
    const c = codePointAt(text, i);
    if (c === 0x27) {
      return {
        kind: "string",
        end: i + 1,
        value: text.slice(offset + 1, i),
        style: "single",
        lossy: false,
      };
    }
    if (c === END) {
      if (i === offset + 1 && i >= text.length) return { kind: "halt", end: i };
      problems.push(unterminatedString(offset, i, "'"));
      return {
        kind: "string",
        end: i,
        value: text.slice(offset + 1, i),
        style: "single",
        lossy: false,
      };
    }
    i += widthAt(text, i);
  }
}

function unterminatedString(start: number, end: number, quote: string): SyntaxProblem {
  return {
    code: "syntax/unterminated",
    severity: "error",
    message: `String opened with ${quote} is never closed.`,
    help: `Add the closing ${quote}.`,
    start,
    end: Math.max(end, start + 1),
  };
}

/**
 * Scans an unquoted string from `offset`. The text in [tokenStart, offset) was
 * already read as plain characters (a number that turned into a string).
 */
export function scanBareString(
  text: string,
  tokenStart: number,
  offset: number,
  problems: SyntaxProblem[],
): ValueScan {
  let out: StringBuilder | null = null;
  let segmentStart = tokenStart;
  let i = offset;
  for (;;) {
    const c = codePointAt(text, i);
    if (c === 0x5c) {
      out ??= new StringBuilder();
      out.addText(text.slice(segmentStart, i));
      i = scanEscape(text, i, out, problems);
      segmentStart = i;
      continue;
    }
    if (c === 0x27) {
      // A single quote ends the value and is dropped; no bool or variable check.
      const value = finishString(out, text.slice(segmentStart, i));
      return { kind: "string", end: i + 1, value, style: "bare", lossy: out?.lossy ?? false };
    }
    if (endsBareString(c)) break;
    i += widthAt(text, i);
  }
  const value = finishString(out, text.slice(segmentStart, i));
  if (out === null) {
    if (/^(true|yes|on)$/i.test(value)) return { kind: "bool", end: i, value: true };
    if (/^(false|no|off)$/i.test(value)) return { kind: "bool", end: i, value: false };
    if (value.startsWith("$")) return { kind: "variable", end: i, name: value.slice(1) };
  }
  return { kind: "string", end: i, value, style: "bare", lossy: out?.lossy ?? false };
}

/** Scans to the end of an unquoted value after a problem, and keeps it as a string. */
function recoverAsString(text: string, tokenStart: number, from: number): ValueScan {
  const scan = scanBareString(text, tokenStart, from, []);
  if (scan.kind === "string") return scan;
  return {
    kind: "string",
    end: scan.end,
    value: text.slice(tokenStart, scan.end),
    style: "bare",
    lossy: false,
  };
}

/** Scans a block string; `offset` is at `(`. The block ends at a line that is only `)`. */
export function scanBlock(text: string, offset: number, problems: SyntaxProblem[]): ValueScan {
  let i = offset + 1;
  for (;;) {
    const c = codePointAt(text, i);
    if (c === END) {
      problems.push({
        code: "syntax/unterminated",
        severity: "error",
        message: "Block string opened with ( is never closed.",
        help: "End the block with a line that contains only ) in the first column, followed by a newline (not CRLF).",
        start: offset,
        end: offset + 1,
      });
      return {
        kind: "string",
        end: i,
        value: text.slice(offset + 1, i),
        style: "block",
        lossy: false,
      };
    }
    if (c === 0x29 && text.charCodeAt(i - 1) === 0x0a) {
      if (i + 1 >= text.length) {
        // Server quirk: a final `)` with no newline after it stays in the value.
        return {
          kind: "string",
          end: i + 1,
          value: text.slice(offset + 1),
          style: "block",
          lossy: false,
        };
      }
      const after = text.charCodeAt(i + 1);
      if (after === 0x0a || after === 0) {
        return {
          kind: "string",
          end: i + 1,
          value: text.slice(offset + 1, i),
          style: "block",
          lossy: false,
        };
      }
    }
    i += widthAt(text, i);
  }
}

function numberProblem(start: number, end: number, message: string, help: string): SyntaxProblem {
  return { code: "syntax/invalid-number", severity: "error", message, help, start, end };
}

/** Scans a value that starts with a digit: integer, float, datetime, address or string. */
export function scanNumberLike(text: string, offset: number, problems: SyntaxProblem[]): ValueScan {
  let i = offset + widthAt(text, offset);
  for (;;) {
    const c = codePointAt(text, i);
    if (c === 0x2d) {
      if (utf8Length(text.slice(offset, i)) !== 4) {
        const scan = recoverAsString(text, offset, i + 1);
        problems.push(
          numberProblem(
            offset,
            scan.end,
            `${text.slice(offset, scan.end)} is neither a number nor a full datetime: nats-server reads a dash after digits as a date and rejects the file.`,
            "Quote the value if it is text (a UUID, a date range), or write a datetime as YYYY-MM-DDTHH:MM:SSZ.",
          ),
        );
        return scan;
      }
      return scanDateTime(text, offset, i + 1, problems);
    }
    if (isDigit(c)) {
      i += widthAt(text, i);
      continue;
    }
    if (c === 0x2e) return scanFraction(text, offset, i + 1, problems);
    if (isSuffixLetter(c)) return scanSuffix(text, offset, i + 1, problems);
    if (!endsNumber(c)) {
      // Any other character turns the whole token into a string and is kept,
      // even when it is `]` or `'`, which end strings everywhere else.
      return scanBareString(text, offset, i + widthAt(text, i), problems);
    }
    return integer(text, offset, i, problems);
  }
}

/** Scans a negative number; `offset` is at the `-`. */
export function scanNegativeNumber(
  text: string,
  offset: number,
  problems: SyntaxProblem[],
): ValueScan {
  const first = codePointAt(text, offset + 1);
  if (!isDigit(first)) {
    const scan = recoverAsString(text, offset, offset + 1);
    const message =
      first === 0x2e
        ? `${text.slice(offset, scan.end)}: a float needs a digit before the point.`
        : `${text.slice(offset, scan.end)}: a value that starts with - must be a number, and nats-server rejects the file.`;
    problems.push(
      numberProblem(
        offset,
        scan.end,
        message,
        first === 0x2e ? "Write -0.5, not -.5." : "Quote the value if it is text.",
      ),
    );
    return scan;
  }
  let i = offset + 1;
  while (isDigit(codePointAt(text, i))) i += widthAt(text, i);
  const c = codePointAt(text, i);
  if (c === 0x2e) return scanFraction(text, offset, i + 1, problems);
  if (isSuffixLetter(c)) return scanSuffix(text, offset, i + 1, problems);
  return integer(text, offset, i, problems);
}

/** Scans the digits after a decimal point; `from` is just after the point. */
function scanFraction(
  text: string,
  offset: number,
  from: number,
  problems: SyntaxProblem[],
): ValueScan {
  if (!isDigit(codePointAt(text, from))) {
    const scan = recoverAsString(text, offset, from);
    problems.push(
      numberProblem(
        offset,
        scan.end,
        `${text.slice(offset, scan.end)}: a float needs a digit after the point.`,
        "Write 1.0, not 1., or quote the value if it is text.",
      ),
    );
    return scan;
  }
  let i = from;
  while (isDigit(codePointAt(text, i))) i += widthAt(text, i);
  if (codePointAt(text, i) === 0x2e) {
    // A second point makes it an address such as 127.0.0.1:4222, kept as a string.
    i++;
    for (;;) {
      const c = codePointAt(text, i);
      if (!(isDigit(c) || c === 0x2e || c === 0x3a || c === 0x2d)) break;
      i += widthAt(text, i);
    }
    return { kind: "string", end: i, value: text.slice(offset, i), style: "address", lossy: false };
  }
  const literal = text.slice(offset, i);
  const converted = convertFloat(literal);
  if (!converted.ok) {
    problems.push(
      numberProblem(
        offset,
        i,
        converted.reason === "out-of-range"
          ? `Float ${literal} is out of the float64 range.`
          : `${literal} uses digits other than 0-9, which nats-server cannot read as a number.`,
        "Quote the value if it is text.",
      ),
    );
  }
  return { kind: "float", end: i, value: converted.ok ? converted.value : null, literal };
}

/** Scans a size suffix; `from` is just after its first letter. */
function scanSuffix(
  text: string,
  offset: number,
  from: number,
  problems: SyntaxProblem[],
): ValueScan {
  let i = from;
  while (isSuffixTail(codePointAt(text, i))) i++;
  const c = codePointAt(text, i);
  if (endsNumber(c) || isDigit(c)) return integer(text, offset, i, problems);
  return scanBareString(text, offset, i, problems);
}

function integer(text: string, offset: number, end: number, problems: SyntaxProblem[]): ValueScan {
  const literal = text.slice(offset, end);
  const converted = convertInteger(literal);
  if (converted.ok) {
    if (converted.wrapped) {
      problems.push({
        code: "syntax/invalid-number",
        severity: "warning",
        message: `${literal} overflows int64; nats-server wraps it around to ${converted.value}.`,
        help: "Use a smaller value.",
        start: offset,
        end,
      });
    }
    return { kind: "integer", end, value: converted.value, literal };
  }
  if (converted.reason === "unknown-suffix") {
    problems.push({
      code: "syntax/number-suffix",
      severity: "error",
      message:
        `${literal} has an unknown size suffix. nats-server drops this value ` +
        "without an error and files the next value under the wrong key.",
      help: "Use one of k, m, g, t, p, e (powers of 1000) or kb, mb, gb ... / ki, mi, gi ... (powers of 1024), or quote the value.",
      start: offset,
      end,
    });
  } else if (converted.reason === "out-of-range") {
    problems.push(
      numberProblem(
        offset,
        end,
        `Integer ${literal} is out of the int64 range.`,
        "Use a value between -2^63 and 2^63-1, or quote it.",
      ),
    );
  } else {
    problems.push(
      numberProblem(
        offset,
        end,
        `${literal} uses digits other than 0-9, which nats-server cannot read as a number.`,
        "Write the number with the digits 0-9, or quote the value if it is text.",
      ),
    );
  }
  return { kind: "integer", end, value: null, literal };
}

const DATETIME_SHAPE = "00-00T00:00:00Z";

/** Scans a datetime; `from` is just after `YYYY-`. */
function scanDateTime(
  text: string,
  offset: number,
  from: number,
  problems: SyntaxProblem[],
): ValueScan {
  let i = from;
  for (const expected of DATETIME_SHAPE) {
    const c = codePointAt(text, i);
    const matches = expected === "0" ? isDigit(c) : c === expected.codePointAt(0);
    if (!matches) {
      const scan = recoverAsString(text, offset, i);
      const found = describeChar(c);
      problems.push({
        code: "syntax/invalid-datetime",
        severity: "error",
        message: `${text.slice(offset, scan.end)} starts like a datetime but has ${found} where ${expected === "0" ? "a digit" : `'${expected}'`} belongs.`,
        help: "Write datetimes as YYYY-MM-DDTHH:MM:SSZ, or quote the value if it is text (a date alone, a UUID).",
        start: offset,
        end: scan.end,
      });
      return scan;
    }
    i += widthAt(text, i);
  }
  const literal = text.slice(offset, i);
  const valid = isValidDateTime(literal);
  if (!valid) {
    problems.push({
      code: "syntax/invalid-datetime",
      severity: "error",
      message: `${literal} is not a valid UTC date and time.`,
      help: "Check the month, day, hour, minute and second fields.",
      start: offset,
      end: i,
    });
  }
  return { kind: "datetime", end: i, literal, valid };
}
