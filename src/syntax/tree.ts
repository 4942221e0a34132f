// The syntax tree of one config file. Every node has its offsets in the file;
// comments are kept beside the statements. Values are as written: variables are
// not resolved and includes are not followed (see src/resolve).

import type { SourceFile } from "../source.js";

export interface NodeBase {
  start: number;
  /** Exclusive. */
  end: number;
}

export interface DocumentNode extends NodeBase {
  kind: "document";
  source: SourceFile;
  statements: Statement[];
  comments: CommentNode[];
}

export type Statement = EntryNode | IncludeNode;

export interface EntryNode extends NodeBase {
  kind: "entry";
  key: KeyNode;
  /** Null when the input gave no value; a syntax problem reports it. */
  value: ValueNode | null;
}

export interface KeyNode extends NodeBase {
  text: string;
  quote: "" | '"' | "'";
}

export interface IncludeNode extends NodeBase {
  kind: "include";
  path: string;
  quote: "" | '"' | "'";
  pathStart: number;
  pathEnd: number;
}

export type StringStyle = "bare" | "double" | "single" | "block" | "address";

export interface StringNode extends NodeBase {
  kind: "string";
  value: string;
  style: StringStyle;
  /** True when `\xHH` escapes made bytes that are not UTF-8 and were replaced by U+FFFD. */
  lossy: boolean;
}

export interface IntegerNode extends NodeBase {
  kind: "integer";
  /** Null when the literal has no value (an unknown suffix or out of range). */
  value: bigint | null;
  literal: string;
}

export interface FloatNode extends NodeBase {
  kind: "float";
  value: number | null;
  literal: string;
}

export interface BoolNode extends NodeBase {
  kind: "bool";
  value: boolean;
}

export interface DateTimeNode extends NodeBase {
  kind: "datetime";
  literal: string;
  valid: boolean;
}

export interface VariableNode extends NodeBase {
  kind: "variable";
  name: string;
}

export interface MapNode extends NodeBase {
  kind: "map";
  statements: Statement[];
}

export interface ArrayNode extends NodeBase {
  kind: "array";
  items: ValueNode[];
}

export type ValueNode =
  | StringNode
  | IntegerNode
  | FloatNode
  | BoolNode
  | DateTimeNode
  | VariableNode
  | MapNode
  | ArrayNode;

export interface CommentNode extends NodeBase {
  /** The comment text after # or //. */
  text: string;
}
