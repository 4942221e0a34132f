// A small JSON writer that keeps int64 values exact (bigint) and writes strings
// the way nats-server's config lexer reads them back.

export type JsonValue = string | number | bigint | boolean | JsonValue[] | JsonObject | RawNumber;

/** A JSON object; a Map so that keys such as __proto__ stay ordinary keys. */
export type JsonObject = Map<string, JsonValue>;

/** A number written exactly as given, for example a float in a fixed notation. */
export class RawNumber {
  constructor(readonly text: string) {}
}

export interface WriteOptions {
  /** Spaces per level; 0 writes everything on one line. */
  indent: number;
}

const ESCAPES: Record<string, string> = {
  '"': '\\"',
  "\\": "\\\\",
  "\n": "\\n",
  "\r": "\\r",
  "\t": "\\t",
};

/**
 * Quotes a string for JSON. Only the escapes that both JSON and the nats-server
 * lexer know are used (\" \\ \n \r \t); nats-server rejects \u escapes. Callers
 * must make sure no other control character is present (see emit checks).
 */
export function quoteString(value: string): string {
  return `"${value.replace(/["\\\n\r\t]/g, (c) => ESCAPES[c]!)}"`;
}

export function writeJson(value: JsonValue, options: WriteOptions): string {
  const parts: string[] = [];
  write(value, 0, options.indent, parts);
  return parts.join("");
}

function write(value: JsonValue, depth: number, indent: number, out: string[]): void {
  if (typeof value === "string") {
    out.push(quoteString(value));
  } else if (typeof value === "bigint") {
    out.push(value.toString());
  } else if (typeof value === "number") {
    out.push(String(value));
  } else if (typeof value === "boolean") {
    out.push(value ? "true" : "false");
  } else if (value instanceof RawNumber) {
    out.push(value.text);
  } else if (Array.isArray(value)) {
    writeArray(value, depth, indent, out);
  } else {
    writeObject(value, depth, indent, out);
  }
}

/** Returns what goes before an element: a newline and indentation, or a space when compact. */
function elementBreak(index: number, depth: number, indent: number): string {
  if (indent !== 0) return newline(depth, indent);
  return index > 0 ? " " : "";
}

function newline(depth: number, indent: number): string {
  return indent === 0 ? "" : `\n${" ".repeat(depth * indent)}`;
}

function writeArray(items: JsonValue[], depth: number, indent: number, out: string[]): void {
  if (items.length === 0) {
    out.push("[]");
    return;
  }
  out.push("[");
  items.forEach((item, index) => {
    if (index > 0) out.push(",");
    out.push(elementBreak(index, depth + 1, indent));
    write(item, depth + 1, indent, out);
  });
  // nats-server does not end an array at a ] that directly follows an integer,
  // so the closing bracket always gets a space or a line of its own.
  out.push(indent === 0 ? " ]" : `${newline(depth, indent)}]`);
}

function writeObject(object: JsonObject, depth: number, indent: number, out: string[]): void {
  if (object.size === 0) {
    out.push("{}");
    return;
  }
  out.push("{");
  let index = 0;
  for (const [key, value] of object) {
    if (index > 0) out.push(",");
    out.push(elementBreak(index, depth + 1, indent));
    out.push(quoteString(key), ": ");
    write(value, depth + 1, indent, out);
    index++;
  }
  out.push(indent === 0 ? "}" : `${newline(depth, indent)}}`);
}
