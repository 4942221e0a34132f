// Tokenizes config text with Chevrotain's lexer driven by the server's states.

import { Lexer, createTokenInstance, type IToken } from "chevrotain";

import type { SyntaxProblem } from "./problems.js";
import { Scanner } from "./scanner.js";
import { ALL_TOKENS, TOKEN_BY_KIND, attachScanner } from "./tokens.js";

export interface LexResult {
  tokens: IToken[];
  comments: IToken[];
  problems: SyntaxProblem[];
  /** Offset where nats-server stops reading before the end of the text, or -1. */
  haltOffset: number;
  /** Text that error recovery skipped without reading it. */
  skipped: { start: number; end: number }[];
}

let lexer: Lexer | null = null;

function getLexer(): Lexer {
  // Validations only re-check the token definitions above; skipping them keeps
  // start-up fast. The grammar tests construct the lexer with validations on.
  lexer ??= new Lexer(ALL_TOKENS, {
    positionTracking: "onlyOffset",
    ensureOptimizations: false,
    skipValidations: true,
  });
  return lexer;
}

export function tokenize(text: string): LexResult {
  const scanner = new Scanner(text);
  attachScanner(scanner);
  let result;
  try {
    result = getLexer().tokenize(text);
  } finally {
    attachScanner(null);
  }
  const tokens = result.tokens;
  for (const step of scanner.finish()) {
    if (step.kind === "trivia") continue;
    const tokenType = TOKEN_BY_KIND[step.kind];
    const token = createTokenInstance(
      tokenType,
      "",
      text.length,
      text.length - 1,
      NaN,
      NaN,
      NaN,
      NaN,
    );
    if (step.payload !== undefined) token.payload = step.payload;
    tokens.push(token);
  }
  const problems = scanner.problems;
  for (const error of result.errors) {
    // The scanner always produces a token, so Chevrotain never fails to match.
    throw new Error(`BUG: lexer error at offset ${error.offset}: ${error.message}`);
  }
  return {
    tokens,
    comments: result.groups["comments"] ?? [],
    problems,
    haltOffset: scanner.haltOffset,
    skipped: scanner.skipped,
  };
}
