// Leaf nodes of the syntax tree. The scanner creates them as token payloads and
// the parser's builder takes them over as they are, so no token is copied.

export interface Located {
  start: number;
  /** Exclusive. */
  end: number;
}

export interface KeyNode extends Located {
  text: string;
  quote: "" | '"' | "'";
}

export interface IncludeNode extends Located {
  kind: "include";
  path: string;
  quote: "" | '"' | "'";
  pathStart: number;
  pathEnd: number;
}

export type StringStyle = "bare" | "double" | "single" | "block" | "address";

export interface StringNode extends Located {
  kind: "string";
  value: string;
  style: StringStyle;
  /** True when `\xHH` escapes made bytes that are not UTF-8 and were replaced by U+FFFD. */
  lossy: boolean;
}

export interface IntegerNode extends Located {
  kind: "integer";
  /** Null when the literal has no value (an unknown suffix or out of range). */
  value: bigint | null;
  literal: string;
}

export interface FloatNode extends Located {
  kind: "float";
  value: number | null;
  literal: string;
}

export interface BoolNode extends Located {
  kind: "bool";
  value: boolean;
}

export interface DateTimeNode extends Located {
  kind: "datetime";
  literal: string;
  valid: boolean;
}

export interface VariableNode extends Located {
  kind: "variable";
  name: string;
}

export type ScalarNode =
  StringNode | IntegerNode | FloatNode | BoolNode | DateTimeNode | VariableNode;
