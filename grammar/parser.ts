// The grammar of the config language as a Chevrotain parser.
//
// The lexer already follows the server's states, so the token stream has the
// shape below even for broken input. Maps and arrays always close, because the
// lexer adds closers at the end of the text, and a key may lack its value when
// the input lacked one. Recovery is on so that an unexpected token never stops
// the parse.
//
// The parser builds no CST: its actions call a TreeBuilder, which src/syntax
// implements, so that large files are read without an intermediate tree.

import { EmbeddedActionsParser, type IToken } from "chevrotain";

import {
  ALL_TOKENS,
  ArrayEnd,
  ArrayStart,
  Include,
  Key,
  MapEnd,
  MapStart,
  Scalar,
} from "./tokens.js";

/** Receives the parts of a document as the parser recognises them. */
export interface TreeBuilder<Statement, Value> {
  include(token: IToken): Statement;
  entry(key: IToken, value: Value | null): Statement;
  scalar(token: IToken): Value;
  map(open: IToken, statements: Statement[], close: IToken): Value;
  array(open: IToken, items: Value[], close: IToken): Value;
}

class ConfParser extends EmbeddedActionsParser {
  builder: TreeBuilder<unknown, unknown> | null = null;

  constructor() {
    super(ALL_TOKENS, { recoveryEnabled: true, maxLookahead: 1 });
    this.performSelfAnalysis();
  }

  private get build(): TreeBuilder<unknown, unknown> {
    if (this.builder === null) throw new Error("BUG: parse without a tree builder");
    return this.builder;
  }

  document = this.RULE("document", () => {
    const statements: unknown[] = [];
    this.MANY(() => {
      statements.push(this.SUBRULE(this.statement));
    });
    return statements;
  });

  statement = this.RULE("statement", (): unknown =>
    this.OR([
      {
        ALT: () => {
          const token = this.CONSUME(Include);
          return this.ACTION(() => this.build.include(token));
        },
      },
      { ALT: () => this.SUBRULE(this.entry) },
    ]),
  );

  entry = this.RULE("entry", () => {
    const key = this.CONSUME(Key);
    let value: unknown = null;
    this.OPTION(() => {
      value = this.SUBRULE(this.value);
    });
    return this.ACTION(() => this.build.entry(key, value));
  });

  value = this.RULE("value", (): unknown =>
    this.OR([
      {
        ALT: () => {
          const token = this.CONSUME(Scalar);
          return this.ACTION(() => this.build.scalar(token));
        },
      },
      { ALT: () => this.SUBRULE(this.map) },
      { ALT: () => this.SUBRULE(this.array) },
    ]),
  );

  map = this.RULE("map", () => {
    const open = this.CONSUME(MapStart);
    const statements: unknown[] = [];
    this.MANY(() => {
      statements.push(this.SUBRULE(this.statement));
    });
    const close = this.CONSUME(MapEnd);
    return this.ACTION(() => this.build.map(open, statements, close));
  });

  array = this.RULE("array", () => {
    const open = this.CONSUME(ArrayStart);
    const items: unknown[] = [];
    this.MANY(() => {
      items.push(this.SUBRULE(this.value));
    });
    const close = this.CONSUME(ArrayEnd);
    return this.ACTION(() => this.build.array(open, items, close));
  });
}

let parser: ConfParser | null = null;

export interface ParseResult<Statement> {
  statements: Statement[];
  /** Tokens the parser did not expect; the lexer's shape makes these bugs. */
  errors: { message: string; token: IToken }[];
}

/** Parses a token vector from tokenize() and builds the tree with `builder`. */
export function parseTokens<Statement, Value>(
  tokens: IToken[],
  builder: TreeBuilder<Statement, Value>,
): ParseResult<Statement> {
  parser ??= new ConfParser();
  parser.builder = builder as TreeBuilder<unknown, unknown>;
  parser.input = tokens;
  try {
    const statements = (parser.document() ?? []) as Statement[];
    const errors = parser.errors.map((error) => ({ message: error.message, token: error.token }));
    return { statements, errors };
  } finally {
    parser.builder = null;
    parser.input = [];
  }
}

/** Builds the parser with Chevrotain's grammar checks; used by tests. */
export function createParser(): EmbeddedActionsParser {
  return new ConfParser();
}
