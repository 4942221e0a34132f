// Character classes of the nats-server config lexer (conf/lex.go, v2.9 to v2.14).
//
// The server reads runes and treats rune 0 as end of input. Here the end of the
// text and a NUL character both read as END, so every state that the server ends
// on rune 0 ends on either.

export const END = -1;

/** Returns the code point at `offset`, or END past the text or on a NUL character. */
export function codePointAt(text: string, offset: number): number {
  if (offset >= text.length) return END;
  const code = text.codePointAt(offset)!;
  return code === 0 ? END : code;
}

/** Returns the number of UTF-16 code units that the code point at `offset` takes. */
export function widthAt(text: string, offset: number): number {
  if (offset >= text.length) return 0;
  const code = text.charCodeAt(offset);
  if (code >= 0xd800 && code <= 0xdbff && offset + 1 < text.length) {
    const low = text.charCodeAt(offset + 1);
    if (low >= 0xdc00 && low <= 0xdfff) return 2;
  }
  return 1;
}

/** Space or tab: the only whitespace allowed inside a line (Go `isWhitespace`). */
export function isBlank(c: number): boolean {
  return c === 0x20 || c === 0x09;
}

/** Newline or carriage return (Go `isNL`). */
export function isNewline(c: number): boolean {
  return c === 0x0a || c === 0x0d;
}

/** Unicode White_Space, as Go's `unicode.IsSpace` defines it. */
export function isSpace(c: number): boolean {
  if (c <= 0xff) {
    return (c >= 0x09 && c <= 0x0d) || c === 0x20 || c === 0x85 || c === 0xa0;
  }
  return (
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000
  );
}

const decimalDigit = /^\p{Nd}$/u;

/** Unicode decimal digit (category Nd), as Go's `unicode.IsDigit` defines it. */
export function isDigit(c: number): boolean {
  if (c >= 0x30 && c <= 0x39) return true;
  if (c < 0x80 || c === END) return false;
  return decimalDigit.test(String.fromCodePoint(c));
}

export function isAsciiDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

export function isHexDigit(c: number): boolean {
  return isAsciiDigit(c) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
}

/** The letters that start an integer size suffix: k, m, g, t, p, e in either case. */
export function isSuffixLetter(c: number): boolean {
  switch (c) {
    case 0x6b: // k
    case 0x4b:
    case 0x6d: // m
    case 0x4d:
    case 0x67: // g
    case 0x47:
    case 0x74: // t
    case 0x54:
    case 0x70: // p
    case 0x50:
    case 0x65: // e
    case 0x45:
      return true;
    default:
      return false;
  }
}

/** The letters that may follow a size letter: b and i in either case. */
export function isSuffixTail(c: number): boolean {
  return c === 0x62 || c === 0x42 || c === 0x69 || c === 0x49;
}

export function isKeySeparator(c: number): boolean {
  return c === 0x3d || c === 0x3a; // = :
}

/**
 * Characters that end a number without making it a string: the server emits the
 * integer when one of these follows the digits (or the size suffix).
 */
export function endsNumber(c: number): boolean {
  return isNewline(c) || c === END || c === 0x7d || c === 0x3b || c === 0x2c || isBlank(c);
}

/** Characters that end an unquoted string value. A single quote also ends it. */
export function endsBareString(c: number): boolean {
  return (
    isNewline(c) ||
    c === END ||
    c === 0x3b || // ;
    c === 0x2c || // ,
    c === 0x5d || // ]
    c === 0x7d || // }
    isBlank(c)
  );
}

/** Returns how a character reads in a message: visible, or as an escape. */
export function describeChar(c: number): string {
  if (c === END) return "end of input";
  if (c === 0x0a) return "'\\n'";
  if (c === 0x0d) return "'\\r'";
  if (c === 0x09) return "'\\t'";
  if (c < 0x20) return `U+${c.toString(16).toUpperCase().padStart(4, "0")}`;
  return `'${String.fromCodePoint(c)}'`;
}

/** Returns the UTF-8 byte length of a UTF-16 string slice. */
export function utf8Length(text: string): number {
  return Buffer.byteLength(text, "utf8");
}
