// The grammar of the config language as a Chevrotain CST parser.
//
// The lexer already follows the server's states, so the token stream has the
// shape below even for broken input: maps and arrays always close (the lexer
// adds closers at the end of the text) and a key may lack its value when the
// input lacked one. Recovery is on so that an unexpected token never stops the
// parse.

import { CstParser, type CstNode, type IToken } from "chevrotain";

import {
  ALL_TOKENS,
  ArrayEnd,
  ArrayStart,
  BoolValue,
  DateTimeValue,
  FloatValue,
  Include,
  IntegerValue,
  Key,
  MapEnd,
  MapStart,
  StringValue,
  VariableValue,
} from "./tokens.js";

class ConfParser extends CstParser {
  constructor() {
    super(ALL_TOKENS, { recoveryEnabled: true, maxLookahead: 1, nodeLocationTracking: "none" });
    this.performSelfAnalysis();
  }

  document = this.RULE("document", () => {
    this.MANY(() => this.SUBRULE(this.statement));
  });

  statement = this.RULE("statement", () => {
    this.OR([{ ALT: () => this.CONSUME(Include) }, { ALT: () => this.SUBRULE(this.entry) }]);
  });

  entry = this.RULE("entry", () => {
    this.CONSUME(Key);
    this.OPTION(() => this.SUBRULE(this.value));
  });

  value = this.RULE("value", () => {
    this.OR([
      { ALT: () => this.CONSUME(StringValue) },
      { ALT: () => this.CONSUME(IntegerValue) },
      { ALT: () => this.CONSUME(FloatValue) },
      { ALT: () => this.CONSUME(BoolValue) },
      { ALT: () => this.CONSUME(DateTimeValue) },
      { ALT: () => this.CONSUME(VariableValue) },
      { ALT: () => this.SUBRULE(this.map) },
      { ALT: () => this.SUBRULE(this.array) },
    ]);
  });

  map = this.RULE("map", () => {
    this.CONSUME(MapStart);
    this.MANY(() => this.SUBRULE(this.statement));
    this.CONSUME(MapEnd);
  });

  array = this.RULE("array", () => {
    this.CONSUME(ArrayStart);
    this.MANY(() => this.SUBRULE(this.value));
    this.CONSUME(ArrayEnd);
  });
}

let parser: ConfParser | null = null;

export interface ParseResult {
  cst: CstNode;
  /** Tokens the parser did not expect; the lexer's shape makes these bugs. */
  errors: { message: string; token: IToken }[];
}

/** Parses a token vector from tokenize() into a concrete syntax tree. */
export function parseTokens(tokens: IToken[]): ParseResult {
  parser ??= new ConfParser();
  parser.input = tokens;
  const cst = parser.document();
  const errors = parser.errors.map((error) => ({ message: error.message, token: error.token }));
  return { cst, errors };
}

/** Builds the parser with Chevrotain's grammar checks; used by tests. */
export function createParser(): CstParser {
  return new ConfParser();
}
