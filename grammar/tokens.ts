// Token types of the config language. Every pattern calls the shared scanner
// (scanner.ts) for the next token and matches only when the scanner produced
// its kind, so the server's lexer states decide which token comes next.

import { createToken, Lexer, type CustomPatternMatcherReturn, type TokenType } from "chevrotain";

import type { Scanner, Step, TokenKind } from "./scanner.js";

/** The scanner of the tokenize call in progress; set by lexer.ts. */
let activeScanner: Scanner | null = null;
/** The token that the scanner produced and no pattern has taken yet. */
let pendingStep: Step | null = null;

export function attachScanner(scanner: Scanner | null): void {
  activeScanner = scanner;
  pendingStep = null;
}

function matcher(kind: TokenKind) {
  return (text: string, offset: number): CustomPatternMatcherReturn | null => {
    if (pendingStep === null) {
      if (activeScanner === null) throw new Error("BUG: tokenize without a scanner");
      pendingStep = activeScanner.next(offset);
    }
    if (pendingStep.kind !== kind) return null;
    const step = pendingStep;
    pendingStep = null;
    const match = [text.slice(offset, step.end)] as unknown as CustomPatternMatcherReturn;
    if (step.payload !== undefined) match.payload = step.payload;
    return match;
  };
}

/** Category of every scalar value token, so the parser can consume any of them at once. */
export const Scalar = createToken({ name: "Scalar", pattern: Lexer.NA });

function token(name: string, kind: TokenKind, group?: string, categories?: TokenType[]): TokenType {
  return createToken({
    name,
    pattern: { exec: matcher(kind) },
    line_breaks: false,
    ...(group === undefined ? {} : { group }),
    ...(categories === undefined ? {} : { categories }),
  });
}

/** Whitespace, separators, terminators and top-level braces. */
export const Trivia = token("Trivia", "trivia", Lexer.SKIPPED as unknown as string);
export const Comment = token("Comment", "comment", "comments");
export const Key = token("Key", "key");
export const Include = token("Include", "include");
export const MapStart = token("MapStart", "map-start");
export const MapEnd = token("MapEnd", "map-end");
export const ArrayStart = token("ArrayStart", "array-start");
export const ArrayEnd = token("ArrayEnd", "array-end");
export const StringValue = token("StringValue", "string", undefined, [Scalar]);
export const IntegerValue = token("IntegerValue", "integer", undefined, [Scalar]);
export const FloatValue = token("FloatValue", "float", undefined, [Scalar]);
export const BoolValue = token("BoolValue", "bool", undefined, [Scalar]);
export const DateTimeValue = token("DateTimeValue", "datetime", undefined, [Scalar]);
export const VariableValue = token("VariableValue", "variable", undefined, [Scalar]);

export const TOKEN_BY_KIND: Readonly<Record<Exclude<TokenKind, "trivia">, TokenType>> = {
  comment: Comment,
  key: Key,
  include: Include,
  "map-start": MapStart,
  "map-end": MapEnd,
  "array-start": ArrayStart,
  "array-end": ArrayEnd,
  string: StringValue,
  integer: IntegerValue,
  float: FloatValue,
  bool: BoolValue,
  datetime: DateTimeValue,
  variable: VariableValue,
};

/** All token types; trivia first because it is the most frequent. */
export const ALL_TOKENS: TokenType[] = [
  Scalar,
  Trivia,
  Key,
  StringValue,
  MapStart,
  MapEnd,
  Comment,
  ArrayStart,
  ArrayEnd,
  IntegerValue,
  BoolValue,
  VariableValue,
  Include,
  FloatValue,
  DateTimeValue,
];
