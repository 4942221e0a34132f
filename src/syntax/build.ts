// Builds the syntax tree from the Chevrotain CST and the token payloads.

import type { CstNode, IToken } from "chevrotain";

import type { IncludePayload, KeyPayload } from "../../grammar/scanner.js";
import type {
  ArrayNode,
  EntryNode,
  IncludeNode,
  KeyNode,
  MapNode,
  Statement,
  StringStyle,
  ValueNode,
} from "./tree.js";

type Children = Record<string, (CstNode | IToken)[] | undefined>;

function children(node: CstNode): Children {
  return node.children as Children;
}

function firstToken(node: CstNode, name: string): IToken | undefined {
  return children(node)[name]?.[0] as IToken | undefined;
}

function firstNode(node: CstNode, name: string): CstNode | undefined {
  return children(node)[name]?.[0] as CstNode | undefined;
}

/** Returns the token's offsets; Chevrotain's end offset is inclusive. */
function bounds(token: IToken): { start: number; end: number } {
  if (Number.isNaN(token.startOffset)) return { start: 0, end: 0 };
  return { start: token.startOffset, end: token.startOffset + token.image.length };
}

export function buildStatements(statementNodes: CstNode[] | undefined): Statement[] {
  const statements: Statement[] = [];
  for (const statement of statementNodes ?? []) {
    const include = firstToken(statement, "Include");
    if (include !== undefined) {
      statements.push(buildInclude(include));
      continue;
    }
    const entry = firstNode(statement, "entry");
    if (entry !== undefined) statements.push(buildEntry(entry));
  }
  return statements;
}

function buildInclude(token: IToken): IncludeNode {
  const payload = token.payload as IncludePayload;
  return { kind: "include", ...bounds(token), ...payload };
}

function buildEntry(node: CstNode): EntryNode {
  const keyToken = firstToken(node, "Key")!;
  const payload = keyToken.payload as KeyPayload;
  const key: KeyNode = { ...bounds(keyToken), text: payload.text, quote: payload.quote };
  const valueNode = firstNode(node, "value");
  const value = valueNode === undefined ? null : buildValue(valueNode);
  return { kind: "entry", start: key.start, end: value === null ? key.end : value.end, key, value };
}

export function buildValue(node: CstNode): ValueNode | null {
  const map = firstNode(node, "map");
  if (map !== undefined) return buildMap(map);
  const array = firstNode(node, "array");
  if (array !== undefined) return buildArray(array);

  const [name, tokens] = Object.entries(children(node))[0] ?? [];
  const token = tokens?.[0] as IToken | undefined;
  if (name === undefined || token === undefined) return null;
  const range = bounds(token);
  const payload = token.payload as Record<string, unknown>;
  switch (name) {
    case "StringValue":
      return {
        kind: "string",
        ...range,
        value: payload["value"] as string,
        style: payload["style"] as StringStyle,
        lossy: payload["lossy"] as boolean,
      };
    case "IntegerValue":
      return {
        kind: "integer",
        ...range,
        value: payload["value"] as bigint | null,
        literal: payload["literal"] as string,
      };
    case "FloatValue":
      return {
        kind: "float",
        ...range,
        value: payload["value"] as number | null,
        literal: payload["literal"] as string,
      };
    case "BoolValue":
      return { kind: "bool", ...range, value: payload["value"] as boolean };
    case "DateTimeValue":
      return {
        kind: "datetime",
        ...range,
        literal: payload["literal"] as string,
        valid: payload["valid"] as boolean,
      };
    case "VariableValue":
      return { kind: "variable", ...range, name: payload["name"] as string };
    default:
      return null;
  }
}

function buildMap(node: CstNode): MapNode {
  const open = bounds(firstToken(node, "MapStart")!);
  const closeToken = firstToken(node, "MapEnd");
  const statements = buildStatements(children(node)["statement"] as CstNode[] | undefined);
  const end =
    closeToken === undefined || Number.isNaN(closeToken.startOffset)
      ? open.end
      : bounds(closeToken).end;
  return { kind: "map", start: open.start, end: Math.max(end, open.end), statements };
}

function buildArray(node: CstNode): ArrayNode {
  const open = bounds(firstToken(node, "ArrayStart")!);
  const closeToken = firstToken(node, "ArrayEnd");
  const items: ValueNode[] = [];
  for (const valueNode of (children(node)["value"] as CstNode[] | undefined) ?? []) {
    const item = buildValue(valueNode);
    if (item !== null) items.push(item);
  }
  const end =
    closeToken === undefined || Number.isNaN(closeToken.startOffset)
      ? open.end
      : bounds(closeToken).end;
  return { kind: "array", start: open.start, end: Math.max(end, open.end), items };
}
