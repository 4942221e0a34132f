// Checks destinations of subject mappings as nats-server does when it adds a
// mapping from the config. The server runs ValidateMapping (server/sublist.go)
// and then builds the subject transform (server/subject_transform.go, or
// accounts.go in 2.9). A destination token is a literal, `$N` (the Nth `*` of
// the source), or a function such as `{{wildcard(1)}}`.

import { isAtLeast, type ServerVersion } from "../target/version.js";
import { wildcardsOf } from "./subjects.js";

/** The mapping-destination features of one server version. */
export interface MappingDialect {
  /** Function names that a config mapping may use, lower case. */
  functions: ReadonlySet<string>;
  /** Before 2.10.0 every `*` of the source must appear in the destination. */
  allWildcardsUsed: boolean;
  /**
   * Functions a source without wildcards may use: all of them before 2.10.0
   * (unchecked), none in 2.10 and 2.11, random and partition from 2.12.0.
   */
  literalSourceFunctions: "any" | ReadonlySet<string>;
  /** partition() needs a wildcard index before 2.12.0, so two arguments. */
  partitionMinArgs: number;
  /**
   * True where white space inside a token passes: the transforms of account imports
   * check only for empty tokens and wildcards (2.9.10 to 2.14).
   */
  whiteSpaceAllowed?: boolean;
}

// left() and right() exist in the transform code since 2.11.0, but the
// destination check that runs first for config mappings does not list them,
// so nats-server rejects them there as unknown functions (2.9.10 to 2.14).
const BASE_FUNCTIONS = [
  "wildcard",
  "partition",
  "splitfromleft",
  "splitfromright",
  "slicefromleft",
  "slicefromright",
  "split",
];

export function mappingDialect(target: ServerVersion): MappingDialect {
  const hasRandom = isAtLeast(target, "2.12.0");
  let literalSourceFunctions: MappingDialect["literalSourceFunctions"] = "any";
  if (hasRandom) literalSourceFunctions = new Set(["random", "partition"]);
  else if (isAtLeast(target, "2.10.0")) literalSourceFunctions = new Set();
  return {
    functions: new Set(hasRandom ? [...BASE_FUNCTIONS, "random"] : BASE_FUNCTIONS),
    allWildcardsUsed: !isAtLeast(target, "2.10.0"),
    literalSourceFunctions,
    partitionMinArgs: hasRandom ? 1 : 2,
  };
}

/** A destination token that calls a function: `{{name(args)}}`. */
interface FunctionCall {
  name: string;
  args: string[];
}

/**
 * Reads a `{{name(args)}}` token. Like the server's patterns, leading text
 * inside the braces is allowed to differ in case only in the first letter of
 * each word, so `{{Wildcard(1)}}` and `{{splitFromLeft(1,2)}}` are calls.
 */
function readCall(token: string): FunctionCall | undefined {
  const match = /\{\{\s*([a-zA-Z]+)\s*\((.*)\)\s*\}\}/.exec(token);
  if (match === null) return undefined;
  const written = match[1]!;
  const name = written.toLowerCase();
  // The server's patterns allow a capital only at the start of each word.
  const words = ["split", "slice", "from", "left", "right", "wildcard", "partition", "random"];
  if (!matchesWordCase(written, words)) return undefined;
  return { name, args: match[2]!.split(/,\s*/) };
}

/** True when every word of `written` is all lower case or capitalised. */
function matchesWordCase(written: string, words: readonly string[]): boolean {
  let rest = written;
  while (rest !== "") {
    const word = words.find((w) => rest.toLowerCase().startsWith(w));
    if (word === undefined) return false;
    const part = rest.slice(0, word.length);
    if (part.slice(1) !== word.slice(1)) return false;
    rest = rest.slice(word.length);
  }
  return true;
}

function isFunctionToken(token: string): boolean {
  return token.length > 4 && token.startsWith("{{") && token.endsWith("}}");
}

/** Go's strconv.Atoi on a 64-bit platform: an optionally signed decimal integer. */
function parseInteger(text: string, bits: 32 | 64): number | undefined {
  if (!/^[+-]?\d+$/.test(text)) return undefined;
  const value = BigInt(text);
  const limit = 1n << BigInt(bits - 1);
  return value >= -limit && value < limit ? Number(value) : undefined;
}

/** Trims spaces, as the server does around each argument (spaces only, not tabs). */
function trimSpaces(text: string): string {
  return text.replace(/^ +| +$/g, "");
}

type Placeholder =
  | { kind: "literal" }
  | { kind: "function"; name: string; indexes: number[] }
  | { kind: "error"; reason: string };

/** Returns the wildcard indexes a destination token refers to, or why it is invalid. */
function readPlaceholder(token: string, dialect: MappingDialect): Placeholder {
  if (token.length > 1 && token.startsWith("$")) {
    const index = parseInteger(token.slice(1), 64);
    return index === undefined
      ? { kind: "literal" }
      : { kind: "function", name: "wildcard", indexes: [index] };
  }
  if (!isFunctionToken(token)) return { kind: "literal" };
  const call = readCall(token);
  if (call === undefined) return { kind: "error", reason: `${token} is not a known function` };
  const bad = (what: string): Placeholder => ({ kind: "error", reason: `${token}: ${what}` });
  const ints = call.args.map((arg) => parseInteger(trimSpaces(arg), 64));
  switch (call.name) {
    case "wildcard":
      if (call.args.length !== 1 || call.args[0] === "") return bad("takes one wildcard index");
      if (ints[0] === undefined) return bad("the wildcard index must be an integer");
      return { kind: "function", name: call.name, indexes: [ints[0]] };
    case "partition":
      if (call.args.length < dialect.partitionMinArgs)
        return bad("takes the number of partitions and wildcard indexes");
      if (ints.some((value) => value === undefined) || ints[0]! > 2147483647)
        return bad("every argument must be an integer");
      return { kind: "function", name: call.name, indexes: ints.slice(1) as number[] };
    case "split":
      if (call.args.length !== 2) return bad("takes a wildcard index and a delimiter");
      if (ints[0] === undefined) return bad("the wildcard index must be an integer");
      if (/[ .]/.test(call.args[1]!)) return bad("the delimiter may not contain a space or a dot");
      return { kind: "function", name: call.name, indexes: [ints[0]] };
    case "random":
      if (call.args.length !== 1 || ints[0] === undefined || ints[0] > 2147483647)
        return bad("takes one integer");
      return { kind: "function", name: call.name, indexes: [] };
    default: {
      // splitFromLeft, splitFromRight, sliceFromLeft and sliceFromRight.
      if (call.args.length !== 2) return bad("takes a wildcard index and a position");
      const position = parseInteger(trimSpaces(call.args[1]!), 32);
      if (ints[0] === undefined || position === undefined)
        return bad("both arguments must be integers");
      return { kind: "function", name: call.name, indexes: [ints[0]] };
    }
  }
}

/** Checks the tokens the server checks before it builds the transform. */
function checkTokens(destination: string, dialect: MappingDialect): string | undefined {
  const tokens = destination.split(".");
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token === "") return "it has an empty token";
    if (i > 0 && tokens[i - 1] === ">") return "> must be its last token";
    if (isFunctionToken(token)) {
      const call = readCall(token);
      if (call === undefined || !dialect.functions.has(call.name))
        return `${token} is not a known function`;
      continue;
    }
    if (dialect.whiteSpaceAllowed !== true && /[ \t\n\f\r]/.test(token))
      return "a token contains white space";
  }
  return undefined;
}

/**
 * Returns why nats-server rejects `destination` as a mapping destination of
 * the (valid) subject `source`, or undefined when it accepts it.
 */
export function checkMappingDestination(
  source: string,
  destination: string,
  dialect: MappingDialect,
): string | undefined {
  const tokenProblem = checkTokens(destination, dialect);
  if (tokenProblem !== undefined) return tokenProblem;

  const from = wildcardsOf(source);
  const to = wildcardsOf(destination);
  if (to.partial > 0)
    return "a destination may not contain *; refer to wildcards with {{wildcard(N)}}";
  if (from.full !== to.full)
    return from.full
      ? "the source ends with >, so the destination must end with > too"
      : "the destination ends with >, but the source does not";

  const tokens = destination.split(".");
  if (from.partial === 0 && !from.full) return checkLiteralSource(tokens, dialect);
  let placeholders = 0;
  for (const token of tokens) {
    const placeholder = readPlaceholder(token, dialect);
    if (placeholder.kind === "error") return placeholder.reason;
    if (placeholder.kind === "literal") continue;
    placeholders++;
    const outOfRange = placeholder.indexes.find((index) => index > from.partial);
    if (outOfRange !== undefined)
      return `${token} refers to wildcard ${outOfRange}, but the source has ${from.partial} *`;
  }
  if (dialect.allWildcardsUsed && placeholders < from.partial)
    return "it does not use every * of the source";
  return undefined;
}

/** Checks the functions of a destination whose source has no wildcards to refer to. */
function checkLiteralSource(tokens: string[], dialect: MappingDialect): string | undefined {
  const allowed = dialect.literalSourceFunctions;
  if (allowed === "any") return undefined;
  for (const token of tokens) {
    const placeholder = readPlaceholder(token, dialect);
    if (placeholder.kind === "error") return placeholder.reason;
    if (placeholder.kind === "function" && !allowed.has(placeholder.name))
      return `${token} refers to a wildcard, but the source has none`;
  }
  return undefined;
}
