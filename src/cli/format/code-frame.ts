// Renders the lines around a range with a gutter and an underline.

import type { Range } from "../../diagnostics/diagnostic.js";
import type { SourceFile } from "../../source.js";
import { rangesOverlapping } from "../../syntax/secrets.js";

export interface FrameStyle {
  gutter: (text: string) => string;
  marker: (text: string) => string;
}

const TAB_WIDTH = 4;
/** Columns shown of a long line, around the range. */
const MAX_LINE_WIDTH = 120;
/** Lines of context before the range. */
const CONTEXT_LINES = 1;

/** Replaces secret characters in `text`, which starts at offset `from` of the source. */
function maskSecrets(source: SourceFile, from: number, text: string): string {
  let masked = text;
  for (const range of rangesOverlapping(source.secretRanges, from, from + text.length)) {
    const start = Math.max(range.start - from, 0);
    const end = Math.min(range.end - from, text.length);
    if (start >= end) continue;
    masked = masked.slice(0, start) + "*".repeat(end - start) + masked.slice(end);
  }
  return masked;
}

/** Expands tabs and returns the text with a map from code unit index to display column. */
function expandTabs(text: string): { text: string; columns: number[] } {
  let out = "";
  const columns: number[] = [];
  for (const char of text) {
    for (let k = 0; k < char.length; k++) columns.push(out.length);
    if (char === "\t") out += " ".repeat(TAB_WIDTH - (out.length % TAB_WIDTH));
    else if (char < " " || char === "\u007f") out += "\u00b7";
    else out += char;
  }
  columns.push(out.length);
  return { text: out, columns };
}

/**
 * Returns the part of a line to show: at most MAX_LINE_WIDTH code units, starting
 * a little before `column` (1-based), so that huge lines cost no more than short ones.
 */
function lineWindow(source: SourceFile, line: number, column: number) {
  const full = source.lineText(line);
  const start =
    full.length > MAX_LINE_WIDTH
      ? Math.max(0, Math.min(column - 1 - 20, full.length - MAX_LINE_WIDTH))
      : 0;
  const end = Math.min(full.length, start + MAX_LINE_WIDTH);
  const text = maskSecrets(source, source.lineStart(line) + start, full.slice(start, end));
  return { text, start, cutBefore: start > 0, cutAfter: end < full.length };
}

export function renderCodeFrame(source: SourceFile, range: Range, style: FrameStyle): string {
  const firstLine = range.start.line;
  const lastLine = Math.max(
    firstLine,
    range.end.column === 1 && range.end.line > firstLine ? range.end.line - 1 : range.end.line,
  );
  const shownLast = Math.min(lastLine, firstLine + 2);
  const numberWidth = String(shownLast).length;
  const rows: string[] = [];

  for (let line = Math.max(1, firstLine - CONTEXT_LINES); line <= shownLast; line++) {
    const window = lineWindow(source, line, line === firstLine ? range.start.column : 1);
    const { text, columns } = expandTabs(window.text);
    const lead = window.cutBefore ? 1 : 0;
    const column = (position: number): number =>
      lead + columns[Math.max(0, Math.min(position - 1 - window.start, window.text.length))]!;
    const visible = `${window.cutBefore ? "…" : ""}${text}${window.cutAfter ? "…" : ""}`;
    const inRange = line >= firstLine && line <= lastLine;
    const prefix = inRange ? ">" : " ";
    rows.push(
      `${style.gutter(`${prefix} ${String(line).padStart(numberWidth)} |`)} ${visible}`.trimEnd(),
    );
    if (!inRange) continue;

    const from = line === firstLine ? column(range.start.column) : lead;
    const to = line === range.end.line ? column(range.end.column) : lead + text.length;
    const width = Math.max(1, to - from);
    rows.push(
      `${style.gutter(`  ${" ".repeat(numberWidth)} |`)} ${" ".repeat(from)}${style.marker("^".repeat(width))}`,
    );
  }
  if (lastLine > shownLast) rows.push(style.gutter(`  ${" ".repeat(numberWidth)} | …`));
  return rows.join("\n");
}
