// natsconf fmt: writes a config in one layout and keeps every comment.
//
// The layout is built from the syntax tree alone, so this module imports the
// grammar and src/syntax and nothing of the rules or the schema.
//
// After formatting, the output is parsed again. It must give the same tree:
// the same keys in the same order, and the same values of the same kinds. If it
// does not, formatSource returns an "unsafe" result instead of the text, so a
// file is never rewritten with another meaning.

import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { SourceFile } from "../source.js";
import { parseSource } from "../syntax/parse.js";
import type {
  ArrayNode,
  CommentNode,
  DocumentNode,
  EntryNode,
  IncludeNode,
  MapNode,
  ScalarNode,
  Statement,
  ValueNode,
} from "../syntax/tree.js";
import { keyText, readsBackAs, scalarText } from "./scalars.js";
import { sameStatements } from "./same-tree.js";

/** Spaces per nesting level. */
export const INDENT = "  ";
/** Maximum line length for an array of scalars written on one line. */
export const LINE_WIDTH = 80;

export type FormatResult =
  | { ok: true; text: string; changed: boolean }
  | { ok: false; reason: "syntax"; diagnostics: Diagnostic[] }
  | { ok: false; reason: "unsafe"; message: string };

/**
 * Formats a source. `readDiagnostics` are the problems found while decoding
 * the file (binary input, invalid UTF-8); errors among them stop formatting.
 */
export function formatSource(source: SourceFile, readDiagnostics: Diagnostic[] = []): FormatResult {
  const parsed = parseSource(source);
  const errors = [...readDiagnostics, ...parsed.diagnostics].filter(
    (diagnostic) => diagnostic.severity === "error",
  );
  if (errors.length > 0) return { ok: false, reason: "syntax", diagnostics: errors };

  const text = new Printer(parsed.document).print();
  const check = checkSameMeaning(parsed.document, source.path, text);
  if (check !== null) return { ok: false, reason: "unsafe", message: check };
  return { ok: true, text, changed: text !== source.text };
}

/** Formats config text; a convenience for tests and callers without a file. */
export function formatText(text: string, path = "<text>"): FormatResult {
  return formatSource(new SourceFile(path, text));
}

/** Parses the output again and compares its tree with the input's. */
function checkSameMeaning(original: DocumentNode, path: string, text: string): string | null {
  const again = parseSource(new SourceFile(path, text));
  const error = again.diagnostics.find((diagnostic) => diagnostic.severity === "error");
  if (error !== undefined) return `the formatted text does not parse (${error.message})`;
  const difference = sameStatements(
    kept(original.statements),
    kept(again.document.statements),
    original.source.text,
    text,
  );
  return difference === null ? null : `the formatted text means something else (${difference})`;
}

/**
 * Returns the statements that fmt writes. A valueless `}` key, which the lexer
 * makes of a stray `}` at the end of the file and nats-server ignores, is left out.
 */
export function kept(statements: Statement[]): Statement[] {
  return statements.filter((statement) => statement.kind === "include" || statement.value !== null);
}

/** Counts line breaks in `text`; \r\n counts once. */
function lineBreaks(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) count++;
    else if (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a) count++;
  }
  return count;
}

/** One statement or array element of a body, with how to write it. */
interface Item {
  start: number;
  end: number;
  /** Returns the item's lines, the first starting with `indent`. */
  render(indent: string): string[];
}

class Printer {
  private readonly text: string;
  private readonly comments: CommentNode[];
  private next = 0;

  constructor(private readonly document: DocumentNode) {
    this.text = document.source.text;
    this.comments = document.comments;
  }

  print(): string {
    const lines = this.body(this.statementItems(this.document.statements), 0, this.text.length, "");
    return lines.length === 0 ? "" : `${lines.join("\n")}\n`;
  }

  private peek(): CommentNode | undefined {
    return this.comments[this.next];
  }

  private take(): string {
    const comment = this.comments[this.next++]!;
    return this.text.slice(comment.start, comment.end).replace(/[ \t]+$/, "");
  }

  /** True when no line break lies between two offsets. */
  private sameLine(from: number, to: number): boolean {
    return lineBreaks(this.text.slice(from, to)) === 0;
  }

  /**
   * Lays out the items of a document, map or multi-line array with the comments
   * in [from, to). Comments before an item go on their own lines above it, and a
   * comment on the item's last line stays after it. The remaining comments go at
   * the end. One blank line is kept where the input had one or more.
   */
  private body(items: Item[], from: number, to: number, indent: string): string[] {
    const lines: string[] = [];
    let previousEnd = from;
    const gap = (start: number): void => {
      if (lines.length > 0 && lineBreaks(this.text.slice(previousEnd, start)) >= 2) lines.push("");
    };
    for (const [index, item] of items.entries()) {
      for (let comment = this.peek(); comment !== undefined && comment.start < item.start;) {
        gap(comment.start);
        lines.push(indent + this.take());
        previousEnd = comment.end;
        comment = this.peek();
      }
      gap(item.start);
      lines.push(...item.render(indent));
      previousEnd = item.end;
      const trailing = this.peek();
      const nextStart = items[index + 1]?.start ?? to;
      if (
        trailing !== undefined &&
        trailing.start < nextStart &&
        trailing.start < to &&
        this.sameLine(item.end, trailing.start)
      ) {
        lines[lines.length - 1] += ` ${this.take()}`;
        previousEnd = trailing.end;
      }
    }
    for (let comment = this.peek(); comment !== undefined && comment.start < to;) {
      gap(comment.start);
      lines.push(indent + this.take());
      previousEnd = comment.end;
      comment = this.peek();
    }
    return lines;
  }

  /** True when a comment lies inside [from, to). */
  private hasComment(from: number, to: number): boolean {
    const comment = this.peek();
    return comment !== undefined && comment.start >= from && comment.start < to;
  }

  /** Takes a comment on the same line as an opening `{` or `[` at `open`, if any. */
  private openingComment(open: number, firstStart: number): string {
    const comment = this.peek();
    if (
      comment !== undefined &&
      comment.start > open &&
      comment.start < firstStart &&
      this.sameLine(open, comment.start)
    ) {
      return ` ${this.take()}`;
    }
    return "";
  }

  private statementItems(statements: Statement[]): Item[] {
    return kept(statements).map((statement) => ({
      start: statement.start,
      end: statement.end,
      render: (indent: string) =>
        statement.kind === "include"
          ? [indent + this.include(statement)]
          : this.entry(statement, indent),
    }));
  }

  private include(node: IncludeNode): string {
    const path = this.text.slice(node.pathStart, node.pathEnd);
    return `include ${node.quote}${path}${node.quote}`;
  }

  private entry(entry: EntryNode, indent: string): string[] {
    const key = keyText(entry.key);
    const value = entry.value!;
    if (value.kind === "map") return this.value(value, indent, `${key} `);
    return this.value(value, indent, `${key}: `);
  }

  /**
   * Returns the lines of a value whose first line starts with `indent` and
   * `prefix` (the key and separator, or nothing for an array element).
   */
  private value(value: ValueNode, indent: string, prefix: string): string[] {
    switch (value.kind) {
      case "map":
        return this.map(value, indent, prefix);
      case "array":
        return this.array(value, indent, prefix);
      default:
        return [indent + prefix + this.scalar(value, "\n")];
    }
  }

  private scalar(node: ScalarNode, follow: string): string {
    return scalarText(node, this.text.slice(node.start, node.end), follow);
  }

  private map(map: MapNode, indent: string, prefix: string): string[] {
    const statements = kept(map.statements);
    if (statements.length === 0 && !this.hasComment(map.start, map.end))
      return [`${indent}${prefix}{}`];
    const open = `${indent}${prefix}{${this.openingComment(map.start, statements[0]?.start ?? map.end)}`;
    const inner = this.body(
      this.statementItems(statements),
      map.start + 1,
      map.end,
      indent + INDENT,
    );
    return [open, ...inner, `${indent}}`];
  }

  private array(array: ArrayNode, indent: string, prefix: string): string[] {
    const oneLine = this.arrayOnOneLine(array, indent.length + prefix.length);
    if (oneLine !== null) return [indent + prefix + oneLine];
    if (array.items.length === 0 && !this.hasComment(array.start, array.end))
      return [`${indent}${prefix}[]`];
    const open = `${indent}${prefix}[${this.openingComment(array.start, array.items[0]?.start ?? array.end)}`;
    const items: Item[] = array.items.map((item) => ({
      start: item.start,
      end: item.end,
      render: (itemIndent: string) => this.value(item, itemIndent, ""),
    }));
    const inner = this.body(items, array.start + 1, array.end, indent + INDENT);
    return [open, ...inner, `${indent}]`];
  }

  /**
   * Returns an array of scalars as one line, such as `[a, b, c]`, or null when
   * it contains maps, arrays, comments or multi-line strings, or would pass
   * LINE_WIDTH. The last element is followed by a space when it would not end
   * at a `]` right after it (a number directly before `]` is a string to
   * nats-server), and then the brackets are padded on both sides.
   */
  private arrayOnOneLine(array: ArrayNode, column: number): string | null {
    if (array.items.length === 0) return this.hasComment(array.start, array.end) ? null : "[]";
    if (this.hasComment(array.start, array.end)) return null;
    const texts: string[] = [];
    const last = array.items.length - 1;
    let padded = false;
    for (const [index, item] of array.items.entries()) {
      if (item.kind === "map" || item.kind === "array") return null;
      let text: string;
      if (index < last) {
        text = this.scalar(item, ",");
      } else {
        text = this.scalar(item, "]");
        if (!readsBackAs(text, "]", item)) {
          text = this.scalar(item, " ");
          padded = true;
        }
      }
      if (text.includes("\n") || text.includes("\r")) return null;
      texts.push(text);
    }
    const line = padded ? `[ ${texts.join(", ")} ]` : `[${texts.join(", ")}]`;
    return column + line.length <= LINE_WIDTH ? line : null;
  }
}
