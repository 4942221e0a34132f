// Builds the syntax tree while the parser runs. Key, include and scalar tokens
// carry their nodes as payloads; maps, arrays and entries are made here.

import type { IToken } from "chevrotain";

import type { TreeBuilder } from "../../grammar/parser.js";
import type {
  ArrayNode,
  IncludeNode,
  KeyNode,
  MapNode,
  ScalarNode,
  Statement,
  ValueNode,
} from "./tree.js";

/** Returns where a token ends; tokens the lexer adds at the end of the text are empty. */
function endOf(token: IToken): number {
  return Number.isNaN(token.startOffset) ? NaN : token.startOffset + token.image.length;
}

export const treeBuilder: TreeBuilder<Statement, ValueNode> = {
  include(token) {
    return token.payload as IncludeNode;
  },

  entry(keyToken, value) {
    const key = keyToken.payload as KeyNode;
    return {
      kind: "entry",
      start: key.start,
      end: value === null ? key.end : value.end,
      key,
      value,
    };
  },

  scalar(token) {
    return token.payload as ScalarNode;
  },

  map(open, statements, close): MapNode {
    const end = endOf(close);
    return {
      kind: "map",
      start: open.startOffset,
      end: Number.isNaN(end) ? open.startOffset + 1 : end,
      statements: statements.filter((statement) => statement !== undefined),
    };
  },

  array(open, items, close): ArrayNode {
    const end = endOf(close);
    return {
      kind: "array",
      start: open.startOffset,
      end: Number.isNaN(end) ? open.startOffset + 1 : end,
      items: items.filter((item) => item !== undefined),
    };
  },
};
