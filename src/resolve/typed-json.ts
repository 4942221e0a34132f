// Writes a value tree in the typed form that the conformance corpus uses for
// the result of the server's parser: every value is {"t": TYPE, "v": VALUE},
// with "s" holding the exact digits of int64 values beyond 2^53 and the
// shortest decimal form of every float64.
//
// The text is written straight from the tree, without an intermediate JSON
// object, so that large configs stay cheap to print.

import { quoteString } from "../emit/json-text.js";
import type { Value } from "./values.js";

const SAFE_INTEGER = 2n ** 53n;

/** Collects text and hands it on in chunks of about 64 KiB. */
class ChunkedOutput {
  private parts: string[] = [];
  private length = 0;

  constructor(private readonly sink: (chunk: string) => void) {}

  push(...texts: string[]): void {
    for (const text of texts) {
      this.parts.push(text);
      this.length += text.length;
    }
    if (this.length >= 65536) this.flush();
  }

  flush(): void {
    if (this.parts.length === 0) return;
    this.sink(this.parts.join(""));
    this.parts = [];
    this.length = 0;
  }
}

/** Returns the typed JSON of a value as one string. */
export function writeTypedJson(root: Value, indent: number): string {
  const chunks: string[] = [];
  streamTypedJson(root, indent, (chunk) => chunks.push(chunk));
  return chunks.join("");
}

/** Writes the typed JSON of a value to `sink` in chunks, ending with a newline. */
export function streamTypedJson(root: Value, indent: number, sink: (chunk: string) => void): void {
  const out = new ChunkedOutput(sink);
  const newline = (depth: number): string =>
    indent === 0 ? "" : `\n${" ".repeat(depth * indent)}`;
  const separator = indent === 0 ? ", " : ",";

  const field = (depth: number, name: string, text: string, first = false): void => {
    out.push(first ? "" : separator, newline(depth), `"${name}": `, text);
  };

  const write = (value: Value, depth: number): void => {
    out.push("{");
    const inner = depth + 1;
    switch (value.type) {
      case "string":
        field(inner, "t", '"string"', true);
        field(inner, "v", quoteString(value.value));
        break;
      case "int64": {
        field(inner, "t", '"int64"', true);
        field(inner, "v", value.value.toString());
        const magnitude = value.value < 0n ? -value.value : value.value;
        if (magnitude > SAFE_INTEGER) field(inner, "s", `"${value.value}"`);
        break;
      }
      case "float64":
        // String() gives the same shortest form as Go's encoding/json.
        field(inner, "t", '"float64"', true);
        field(inner, "v", String(value.value));
        field(inner, "s", `"${String(value.value)}"`);
        break;
      case "bool":
        field(inner, "t", '"bool"', true);
        field(inner, "v", value.value ? "true" : "false");
        break;
      case "time":
        field(inner, "t", '"time.Time"', true);
        field(inner, "v", quoteString(value.value));
        break;
      case "array":
        field(inner, "t", '"array"', true);
        out.push(separator, newline(inner), '"v": [');
        value.items.forEach((item, index) => {
          out.push(index === 0 ? "" : separator, newline(inner + 1));
          write(item, inner + 1);
        });
        out.push(value.items.length === 0 ? "]" : `${newline(inner)}]`);
        break;
      case "map": {
        field(inner, "t", '"map"', true);
        out.push(separator, newline(inner), '"v": {');
        let index = 0;
        for (const [key, entry] of value.entries) {
          out.push(index === 0 ? "" : separator, newline(inner + 1), quoteString(key), ": ");
          write(entry.value, inner + 1);
          index++;
        }
        out.push(index === 0 ? "}" : `${newline(inner)}}`);
        break;
      }
    }
    out.push(newline(depth), "}");
  };

  write(root, 0);
  out.push("\n");
  out.flush();
}
