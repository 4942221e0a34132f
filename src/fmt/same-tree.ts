// Compares two syntax trees by what they mean to the parser: the same
// statements in the same order, the same keys, and values of the same kind with
// the same content. Offsets, quoting, separators and comments do not count.

import type { ScalarNode, Statement, ValueNode } from "../syntax/tree.js";

/** Returns null when both lists mean the same, otherwise where they differ. */
export function sameStatements(
  a: Statement[],
  b: Statement[],
  textA: string,
  textB: string,
): string | null {
  if (a.length !== b.length) return `${a.length} statements became ${b.length}`;
  for (let i = 0; i < a.length; i++) {
    const left = a[i]!;
    const right = b[i]!;
    if (left.kind === "include" || right.kind === "include") {
      if (left.kind !== right.kind) return `statement ${i + 1} changed between include and entry`;
      if (left.kind === "include" && right.kind === "include" && left.path !== right.path)
        return `include "${left.path}" became "${right.path}"`;
      continue;
    }
    if (left.key.text !== right.key.text)
      return `key "${left.key.text}" became "${right.key.text}"`;
    if (left.value === null || right.value === null) {
      if (left.value !== right.value) return `key "${left.key.text}" lost or gained its value`;
      continue;
    }
    const difference = sameValue(left.value, right.value, textA, textB);
    if (difference !== null) return `under "${left.key.text}": ${difference}`;
  }
  return null;
}

function sameValue(a: ValueNode, b: ValueNode, textA: string, textB: string): string | null {
  if (a.kind !== b.kind) return `a ${a.kind} became a ${b.kind}`;
  if (a.kind === "map" && b.kind === "map")
    return sameStatements(a.statements, b.statements, textA, textB);
  if (a.kind === "array" && b.kind === "array") {
    if (a.items.length !== b.items.length)
      return `${a.items.length} array elements became ${b.items.length}`;
    for (let i = 0; i < a.items.length; i++) {
      const difference = sameValue(a.items[i]!, b.items[i]!, textA, textB);
      if (difference !== null) return `element ${i + 1}: ${difference}`;
    }
    return null;
  }
  if (sameScalarNodes(a as ScalarNode, b as ScalarNode)) return null;
  return `${textA.slice(a.start, a.end)} became ${textB.slice(b.start, b.end)}`;
}

function sameScalarNodes(a: ScalarNode, b: ScalarNode): boolean {
  switch (a.kind) {
    case "string":
      return b.kind === "string" && a.value === b.value && a.lossy === b.lossy;
    case "bool":
      return b.kind === "bool" && a.value === b.value;
    case "variable":
      return b.kind === "variable" && a.name === b.name;
    case "integer":
      return b.kind === "integer" && a.value === b.value && a.literal === b.literal;
    case "float":
      return b.kind === "float" && Object.is(a.value, b.value) && a.literal === b.literal;
    case "datetime":
      return b.kind === "datetime" && a.literal === b.literal && a.valid === b.valid;
  }
}
