// The syntax tree of one config file. Every node has its offsets in the file;
// comments are kept beside the statements. Values are as written: variables are
// not resolved and includes are not followed (see src/resolve).
//
// Leaf nodes come from the grammar, which creates them while lexing.

import type { SourceFile } from "../source.js";
import type { IncludeNode, KeyNode, Located, ScalarNode } from "../../grammar/nodes.js";

export type {
  BoolNode,
  DateTimeNode,
  FloatNode,
  IncludeNode,
  IntegerNode,
  KeyNode,
  Located as NodeBase,
  ScalarNode,
  StringNode,
  StringStyle,
  VariableNode,
} from "../../grammar/nodes.js";

export interface DocumentNode extends Located {
  kind: "document";
  source: SourceFile;
  statements: Statement[];
  comments: CommentNode[];
}

export type Statement = EntryNode | IncludeNode;

export interface EntryNode extends Located {
  kind: "entry";
  key: KeyNode;
  /** Null when the input gave no value; a syntax problem reports it. */
  value: ValueNode | null;
}

export interface MapNode extends Located {
  kind: "map";
  statements: Statement[];
}

export interface ArrayNode extends Located {
  kind: "array";
  items: ValueNode[];
}

export type ValueNode = ScalarNode | MapNode | ArrayNode;

export interface CommentNode extends Located {
  /** The comment text after # or //. */
  text: string;
}
