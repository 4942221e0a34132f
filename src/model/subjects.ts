// Checks NATS subjects as nats-server does in a config (server/sublist.go
// IsValidSubject and subjectIsLiteral, unchanged from v2.9.10 to v2.14). A
// subject is tokens separated by `.`, none empty and none with white space.
// `*` matches one token and `>` the rest, so `>` may only be the last token.

const WHITESPACE = /[ \t\n\f\r]/;

/** True when nats-server accepts `subject` as a subject, wildcards included. */
export function isValidSubject(subject: string): boolean {
  if (subject === "") return false;
  const tokens = subject.split(".");
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token === "" || WHITESPACE.test(token)) return false;
    if (token === ">" && i !== tokens.length - 1) return false;
  }
  return true;
}

/** True when a valid subject has no wildcard token, so messages can be published to it. */
export function isValidPublishSubject(subject: string): boolean {
  return isValidSubject(subject) && !subject.split(".").some((t) => t === "*" || t === ">");
}

/** Counts the `*` tokens of a subject and reports whether it ends with `>`. */
export function wildcardsOf(subject: string): { partial: number; full: boolean } {
  const tokens = subject.split(".");
  return {
    partial: tokens.filter((token) => token === "*").length,
    full: tokens[tokens.length - 1] === ">",
  };
}

/** The reason a subject in a permission list is rejected. */
export type PermissionSubjectProblem =
  | { kind: "subject"; subject: string }
  | { kind: "queue"; queue: string }
  | { kind: "queue-not-allowed"; subject: string; queue: string };

/**
 * Checks one entry of a permission list. Subscribe permissions may name a
 * queue group as `"subject queue"`. A queue where none is allowed is reported
 * for every server version: servers before 2.12.14 and 2.14.4 accept it, but
 * the entry then never matches. `checkQueueNames` is true for the servers that
 * also reject an invalid queue name (2.12.14, 2.14.4 and later).
 */
export function checkPermissionSubject(
  text: string,
  queueAllowed: boolean,
  checkQueueNames: boolean,
): PermissionSubjectProblem | undefined {
  if (isValidSubject(text)) return undefined;
  // Go's strings.Fields splits at any Unicode white space.
  const fields = text.split(/[\s\u0085]+/).filter((field) => field !== "");
  if (fields.length !== 2) return { kind: "subject", subject: text };
  const [subject, queue] = fields as [string, string];
  if (!isValidSubject(subject)) return { kind: "subject", subject };
  if (!queueAllowed) return { kind: "queue-not-allowed", subject, queue };
  if (checkQueueNames && !isValidSubject(queue)) return { kind: "queue", queue };
  return undefined;
}

/**
 * True when every subject that `subject` matches is also matched by `cover`,
 * as nats-server decides whether an export covers an import (isSubsetMatch,
 * 2.9.10 to 2.14). Like the server, it treats any `cover` token that starts
 * with `*` as a wildcard.
 */
export function isSubsetMatch(subject: string, cover: string): boolean {
  const tokens = subject.split(".");
  const coverTokens = cover.split(".");
  for (let i = 0; i < coverTokens.length; i++) {
    const wide = coverTokens[i]!;
    if (i >= tokens.length || wide === "") return false;
    if (wide === ">") return true;
    const narrow = tokens[i]!;
    if (narrow === "" || narrow === ">") return false;
    if (narrow === "*") {
      if (wide !== "*") return false;
      continue;
    }
    if (!wide.startsWith("*") && narrow !== wide) return false;
  }
  return tokens.length === coverTokens.length;
}

/** Returns true when a token may match the other: equal, or either starts with a wildcard. */
function tokensCanMatch(a: string, b: string): boolean {
  if (a === "" || b === "") return false;
  if (/^[*>]/.test(a) || /^[*>]/.test(b)) return true;
  return a === b;
}

function hasWildcards(tokens: readonly string[]): { partial: boolean; full: boolean } {
  return { partial: tokens.includes("*"), full: tokens.includes(">") };
}

/**
 * Returns true when some subject can match both `a` and `b`, as nats-server's
 * SubjectsCollide decides (2.9.10 to 2.14).
 */
export function subjectsCollide(a: string, b: string): boolean {
  if (a === b) return true;
  const tokensA = a.split(".");
  const tokensB = b.split(".");
  const wildA = hasWildcards(tokensA);
  const wildB = hasWildcards(tokensB);
  const literalA = !wildA.partial && !wildA.full;
  const literalB = !wildB.partial && !wildB.full;
  if (literalA && literalB) return false;
  if (literalA) return isSubsetMatch(a, b);
  if (literalB) return isSubsetMatch(b, a);

  if (!wildA.full && !wildB.full && tokensA.length !== tokensB.length) return false;
  if (tokensA.length < tokensB.length && !wildA.full) return false;
  if (tokensB.length < tokensA.length && !wildB.full) return false;
  const shorter = Math.min(tokensA.length, tokensB.length);
  for (let i = 0; i < shorter; i++) {
    if (!tokensCanMatch(tokensA[i]!, tokensB[i]!)) return false;
  }
  return true;
}
