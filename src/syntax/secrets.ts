// Finds the values in a syntax tree that are secrets (passwords, tokens, nkey
// seeds, encryption keys), so that diagnostics never print them.

import type { DocumentNode, Statement, ValueNode } from "./tree.js";

/** Key names whose values are secrets, including misspellings such as passwd. */
const SECRET_KEY =
  /pass|token|secret|seed|^(ek|prev_ek|key|prev_key|encryption_key|prev_encryption_key)$/;
const NOT_SECRET_KEY = /_file$|cookie|_required$/;

/** An nkey seed: S, then the key type letter, then base32. */
const NKEY_SEED = /^S[UAONCXP][A-Z2-7]{40,}$/;

export function isSecretKey(key: string): boolean {
  const lower = key.toLowerCase();
  return SECRET_KEY.test(lower) && !NOT_SECRET_KEY.test(lower);
}

/**
 * Returns the ranges to hide: a secret value and the rest of its line, because
 * after a syntax error the rest of the line may still be part of the secret.
 */
export function findSecretRanges(document: DocumentNode): { start: number; end: number }[] {
  const text = document.source.text;
  const ranges: { start: number; end: number }[] = [];
  const toLineEnd = (start: number, end: number): { start: number; end: number } => {
    let stop = end;
    while (stop < text.length && text[stop] !== "\n" && text[stop] !== "\r") stop++;
    return { start, end: stop };
  };

  const visitValue = (value: ValueNode, secret: boolean): void => {
    if (value.kind === "map") {
      visitStatements(value.statements);
    } else if (value.kind === "array") {
      for (const item of value.items) visitValue(item, secret);
    } else if (secret || (value.kind === "string" && NKEY_SEED.test(value.value))) {
      ranges.push(toLineEnd(value.start, value.end));
    }
  };
  const visitStatements = (statements: Statement[]): void => {
    for (const statement of statements) {
      if (statement.kind !== "entry") continue;
      if (statement.value === null) {
        if (isSecretKey(statement.key.text))
          ranges.push(toLineEnd(statement.key.end, statement.key.end));
        continue;
      }
      visitValue(statement.value, isSecretKey(statement.key.text));
    }
  };
  visitStatements(document.statements);
  return ranges;
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
    for (const part of [secret, secret.replace(/^["']|["']$/g, "")]) {
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
