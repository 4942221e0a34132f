// Finds the values in a syntax tree that are secrets (passwords, tokens, nkey
// seeds, encryption keys), so that diagnostics never print them.

import type { DocumentNode, Statement, ValueNode } from "./tree.js";

/**
 * Key names whose values are secrets, including misspellings such as passwd,
 * pasword, pwd, tokn and toekn: a misspelled key is still a secret, and the
 * unknown-key finding shows its line.
 */
const SECRET_KEY =
  /pass|pa?s+w|pwd|^pw$|t[o0]?e?ke?n|secret|seed|^(ek|prev_ek|key|prev_key|encryption_key|prev_encryption_key)$/;
const NOT_SECRET_KEY = /_file$|cookie|_required$/;

/** Text that may hold a secret: a secret key name, an nkey seed, a JWT or a URL with a password. */
export const SECRET_HINT =
  /pass|pa?s+w|pw|t[o0]?e?ke?n|secret|seed|key|S[UAONCXP][A-Z2-7]{40}|eyJ|:\/\/[^\s"']*@/i;

/**
 * An nkey seed anywhere in a text: S, then the key type letter, then base32, and no base32
 * character before it, so that the S inside a public key does not count.
 */
const NKEY_SEED = /(?<![A-Z2-7])S[UAONCXP][A-Z2-7]{40,}/;

/**
 * The header and claims of a JWT anywhere in a text. Operator and account JWTs are signed
 * rather than secret, but a user JWT is half of a user's credentials. None of them helps a
 * reader of a diagnostic, so they are hidden like secrets.
 */
const JWT = /eyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]+\./;

/**
 * True for text that contains an nkey seed, which is a private key wherever it appears,
 * also with white space or other text around it.
 */
export function isNkeySeed(text: string): boolean {
  return NKEY_SEED.test(text);
}

/** True for text that contains an nkey seed or a JWT, which diagnostics never print. */
export function containsToken(text: string): boolean {
  return NKEY_SEED.test(text) || JWT.test(text);
}

export function isSecretKey(key: string): boolean {
  const lower = key.toLowerCase();
  return SECRET_KEY.test(lower) && !NOT_SECRET_KEY.test(lower);
}

export interface TextRange {
  start: number;
  end: number;
}

/**
 * Returns the range to hide for a secret value. It covers the rest of the line
 * when text other than a separator or comment follows the value, because after
 * a syntax error that text may still be part of the secret.
 */
export function secretRange(text: string, start: number, end: number): TextRange {
  let next = end;
  while (next < text.length && (text[next] === " " || text[next] === "\t")) next++;
  const following = text[next];
  if (following === undefined || ",;}]#/\r\n".includes(following)) return { start, end };
  let stop = next;
  while (stop < text.length && text[stop] !== "\n" && text[stop] !== "\r") stop++;
  return { start, end: stop };
}

/** Returns the ranges of secret values in a document, in text order. */
export function findSecretRanges(document: DocumentNode): TextRange[] {
  const text = document.source.text;
  const ranges: TextRange[] = [];

  const visitValue = (value: ValueNode, secret: boolean): void => {
    if (value.kind === "map") {
      visitStatements(value.statements);
    } else if (value.kind === "array") {
      for (const item of value.items) visitValue(item, secret);
    } else if (secret || (value.kind === "string" && containsToken(value.value))) {
      ranges.push(secretRange(text, value.start, value.end));
    } else if (value.kind === "string") {
      ranges.push(...urlPasswordRanges(text, value.start, value.end));
    }
  };
  const visitStatements = (statements: Statement[]): void => {
    for (const statement of statements) {
      if (statement.kind !== "entry") continue;
      const secret = isSecretKey(statement.key.text);
      if (statement.value === null) {
        if (secret) ranges.push(secretRange(text, statement.key.end, statement.key.end));
        continue;
      }
      visitValue(statement.value, secret);
    }
  };
  visitStatements(document.statements);
  return ranges;
}

/** Replaces the password or token of the URL in `text` with `marker`. */
export function redactUrlPasswords(text: string, marker: string): string {
  const secret = urlSecretSpan(text);
  if (secret === undefined) return text;
  return `${text.slice(0, secret.start)}${marker}${text.slice(secret.end)}`;
}

/**
 * Returns where the secret of a URL's user information is in `text`: the
 * password in nats://user:password@host, or all of it in nats://token@host,
 * which NATS clients send as a token. Like Go's url.Parse, the user
 * information runs to the last @, so a password may itself contain @.
 */
function urlSecretSpan(text: string): TextRange | undefined {
  const scheme = text.indexOf("://");
  if (scheme < 0) return undefined;
  const userStart = scheme + 3;
  const at = text.lastIndexOf("@");
  if (at <= userStart) return undefined;
  const colon = text.slice(userStart, at).indexOf(":");
  const start = colon < 0 ? userStart : userStart + colon + 1;
  return start < at ? { start, end: at } : undefined;
}

/** Returns the ranges of URL passwords written between `start` and `end`. */
function urlPasswordRanges(text: string, start: number, end: number): TextRange[] {
  // The value as written, without the quotes around it.
  const quoted = end - start >= 2 && (text[start] === '"' || text[start] === "'");
  const contentStart = quoted ? start + 1 : start;
  const contentEnd = quoted ? end - 1 : end;
  const secret = urlSecretSpan(text.slice(contentStart, contentEnd));
  if (secret === undefined) return [];
  return [{ start: contentStart + secret.start, end: contentStart + secret.end }];
}

/** Sorts ranges by start and merges overlapping ones, as rangesOverlapping needs. */
export function normaliseRanges(ranges: TextRange[]): TextRange[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  const merged: TextRange[] = [];
  for (const range of sorted) {
    const last = merged[merged.length - 1];
    if (last !== undefined && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}

/** Replaces every secret text of the given ranges in `message` with ****. */
export function redactText(
  message: string,
  sourceText: string,
  ranges: readonly { start: number; end: number }[],
): string {
  let redacted = message;
  for (const range of ranges) {
    const secret = sourceText.slice(range.start, range.end).trim();
    // A range may run to the end of the line, so its first word is masked too.
    // Both are also masked without quotes, longest first, so no fragment is left.
    const firstWord = secret.split(/[\s,;}\]]/)[0] ?? "";
    const parts = [secret, firstWord].flatMap((part) => [part, part.replace(/^["']|["']$/g, "")]);
    for (const part of parts.sort((a, b) => b.length - a.length)) {
      if (part.length >= 3) redacted = redacted.split(part).join("****");
    }
  }
  return redacted;
}

/**
 * Returns the ranges that overlap [start, end). `ranges` must be sorted and
 * must not overlap, as findSecretRanges returns them.
 */
export function rangesOverlapping(
  ranges: readonly { start: number; end: number }[],
  start: number,
  end: number,
): { start: number; end: number }[] {
  let low = 0;
  let high = ranges.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (ranges[middle]!.end <= start) low = middle + 1;
    else high = middle;
  }
  const found: { start: number; end: number }[] = [];
  for (let i = low; i < ranges.length && ranges[i]!.start < Math.max(end, start + 1); i++)
    found.push(ranges[i]!);
  return found;
}

/** Masks secret values of the sources in the messages and help lines of diagnostics. */
export function redactDiagnostics<
  D extends {
    file: string;
    message: string;
    help?: string;
    range: { start: { line: number }; end: { line: number } };
  },
>(
  diagnostics: readonly D[],
  sources: ReadonlyMap<
    string,
    { text: string; secretRanges: TextRange[]; lineStart(line: number): number }
  >,
): D[] {
  return diagnostics.map((diagnostic) => {
    const source = sources.get(diagnostic.file);
    if (source === undefined || source.secretRanges.length === 0) return diagnostic;
    const start = source.lineStart(diagnostic.range.start.line);
    const next = source.lineStart(diagnostic.range.end.line + 1);
    const end = next <= start ? source.text.length : next;
    const nearby = rangesOverlapping(source.secretRanges, start, end);
    if (nearby.length === 0) return diagnostic;
    const redacted = {
      ...diagnostic,
      message: redactText(diagnostic.message, source.text, nearby),
    };
    if (diagnostic.help !== undefined)
      redacted.help = redactText(diagnostic.help, source.text, nearby);
    return redacted;
  });
}
