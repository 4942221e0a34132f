// Output text of keys and scalar values for fmt. Every choice is checked by scanning the
// candidate text again with the grammar's own value scanners, followed by the
// character that comes after it in the output, so a value never changes kind or
// content. When a change cannot be proved safe, the text stays as written.

import { END, codePointAt, isBlank, isDigit, isNewline, isSpace } from "../../grammar/chars.js";
import type { SyntaxProblem } from "../../grammar/problems.js";
import {
  scanBareString,
  scanBlock,
  scanDoubleQuoted,
  scanNegativeNumber,
  scanNumberLike,
  scanSingleQuoted,
  type ValueScan,
} from "../../grammar/values.js";
import type { KeyNode, ScalarNode } from "../syntax/tree.js";

/**
 * Reads `text` as a value the way the lexer does where a value starts, and
 * returns the scan, or null when the lexer would not read it as one clean value.
 */
function scanValueText(text: string): ValueScan | null {
  const c = codePointAt(text, 0);
  if (c === END || isBlank(c) || isNewline(c) || c === 0x5b || c === 0x7b || c === 0x2e)
    return null;
  const problems: SyntaxProblem[] = [];
  let scan: ValueScan;
  if (c === 0x27) scan = scanSingleQuoted(text, 0, problems);
  else if (c === 0x22) scan = scanDoubleQuoted(text, 0, problems);
  else if (c === 0x2d) scan = scanNegativeNumber(text, 0, problems);
  else if (c === 0x28) scan = scanBlock(text, 0, problems);
  else if (isDigit(c)) scan = scanNumberLike(text, 0, problems);
  else scan = scanBareString(text, 0, 0, problems);
  if (problems.length > 0 || scan.kind === "halt") return null;
  return scan;
}

/** True when a scan contains the same value, of the same kind, as a node. */
export function sameScalar(scan: ValueScan, node: ScalarNode): boolean {
  switch (node.kind) {
    case "string":
      return scan.kind === "string" && scan.value === node.value && scan.lossy === node.lossy;
    case "bool":
      return scan.kind === "bool" && scan.value === node.value;
    case "variable":
      return scan.kind === "variable" && scan.name === node.name;
    case "integer":
      return scan.kind === "integer" && scan.value === node.value && scan.literal === node.literal;
    case "float":
      return scan.kind === "float" && Object.is(scan.value, node.value);
    case "datetime":
      return scan.kind === "datetime" && scan.literal === node.literal;
  }
}

/**
 * True when `text`, followed in the output by `follow`, reads back as exactly
 * `node`. `follow` is what comes next: a newline, a comma, a space or a `]`.
 */
export function readsBackAs(text: string, follow: string, node: ScalarNode): boolean {
  const scan = scanValueText(text + follow);
  return scan !== null && scan.end === text.length && sameScalar(scan, node);
}

/**
 * Strings that may be written without quotes, deliberately narrow. A value
 * starts with a letter or `_` (never a digit, `-`, `$` or a quote), then has
 * letters, digits and the punctuation of hosts, paths, URLs and subjects. The
 * wildcards `*` and `>` alone are allowed too. A leading `/` is not, because
 * where an array element starts the lexer rejects it. No `#`, spaces,
 * separators or backslashes (bare strings process escapes).
 */
const SAFE_BARE = /^[A-Za-z_][A-Za-z0-9_.\-/@:*>+%~]*$/;
const SAFE_BARE_WILDCARD = /^[*>]$/;
const BOOLEAN_WORD = /^(true|false|yes|no|on|off)$/i;

function mayDropQuotes(value: string): boolean {
  if (BOOLEAN_WORD.test(value)) return false;
  return SAFE_BARE.test(value) || SAFE_BARE_WILDCARD.test(value);
}

/** Writes a string in double quotes, escaping only what must be escaped. */
export function doubleQuoted(value: string): string {
  let out = '"';
  for (const ch of value) {
    if (ch === "\\") out += "\\\\";
    else if (ch === '"') out += '\\"';
    else if (ch === "\u0000") out += "\\x00";
    else out += ch;
  }
  return `${out}"`;
}

/**
 * Returns the output text of a scalar. `raw` is its text in the input and
 * `follow` what comes after it in the output.
 */
export function scalarText(node: ScalarNode, raw: string, follow: string): string {
  if (node.kind === "string" && !node.lossy) {
    if (
      (node.style === "double" || node.style === "single") &&
      mayDropQuotes(node.value) &&
      readsBackAs(node.value, follow, node)
    ) {
      return node.value;
    }
    // The written text must not depend on what follows it: `1k` before `]` is
    // a string, and the quotes make that visible.
    if (readsBackAs(raw, follow, node) && readsBackAs(raw, "\n", node)) return raw;
    // A bare string that only read as a string because of what followed it
    // (`[1k]`), an empty value, or a block string at the very end of the file.
    const quoted = doubleQuoted(node.value);
    if (readsBackAs(quoted, follow, node)) return quoted;
  }
  return raw;
}

/**
 * Keys that may be written bare when they were quoted. Keys are never read as
 * numbers or booleans, but `include` followed by a space is a directive.
 */
const SAFE_BARE_KEY = /^[A-Za-z0-9_][A-Za-z0-9_.\-]*$/;

/** True when a key that was bare in the input stays one key, read the same, in the output. */
function bareKeyStaysKey(text: string): boolean {
  if (text === "" || text.toLowerCase() === "include") return false;
  const first = codePointAt(text, 0);
  // These first characters mean something else where a key starts: quotes,
  // comments, braces, brackets and separators. A lone / is dropped in maps.
  if ("\"'#{}[];,/=:".includes(String.fromCodePoint(first))) return false;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c === 0 || isSpace(c) || c === 0x3d || c === 0x3a) return false;
  }
  return true;
}

/** Returns the output text of a key. */
export function keyText(key: KeyNode): string {
  const text = key.text;
  if (key.quote === "") {
    if (bareKeyStaysKey(text)) return text;
  } else if (SAFE_BARE_KEY.test(text) && text.toLowerCase() !== "include") {
    return text;
  }
  if (key.quote !== "" && !text.includes(key.quote)) return `${key.quote}${text}${key.quote}`;
  if (!text.includes('"')) return `"${text}"`;
  if (!text.includes("'")) return `'${text}'`;
  // Only the bare form can contain both quote characters.
  return text;
}
