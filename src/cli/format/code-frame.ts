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

function maskSecrets(source: SourceFile, line: number, text: string): string {
  const lineStart = source.lineStart(line);
  let masked = text;
  for (const range of rangesOverlapping(source.secretRanges, lineStart, lineStart + text.length)) {
    const from = Math.max(range.start - lineStart, 0);
    const to = Math.min(range.end - lineStart, text.length);
    if (from >= to) continue;
    masked = masked.slice(0, from) + "*".repeat(to - from) + masked.slice(to);
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
    const raw = maskSecrets(source, line, source.lineText(line));
    const { text, columns } = expandTabs(raw);
    const underlineFrom =
      line === firstLine ? columns[Math.min(range.start.column - 1, raw.length)]! : 0;
    const underlineTo =
      line === range.end.line
        ? columns[Math.min(range.end.column - 1, raw.length)]!
        : line >= firstLine
          ? text.length
          : 0;
    const inRange = line >= firstLine && line <= lastLine;

    const offset =
      text.length > MAX_LINE_WIDTH
        ? Math.max(0, Math.min(underlineFrom - 20, text.length - MAX_LINE_WIDTH))
        : 0;
    const visible =
      (offset > 0 ? "…" : "") +
      text.slice(offset, offset + MAX_LINE_WIDTH) +
      (text.length > offset + MAX_LINE_WIDTH ? "…" : "");
    const shift = offset > 0 ? 1 - offset : 0;
    const prefix = inRange ? ">" : " ";
    rows.push(
      `${style.gutter(`${prefix} ${String(line).padStart(numberWidth)} |`)} ${visible}`.trimEnd(),
    );
    if (inRange) {
      const start = Math.max(0, underlineFrom + shift);
      const width = Math.max(1, Math.min(underlineTo + shift, MAX_LINE_WIDTH + 1) - start);
      rows.push(
        `${style.gutter(`  ${" ".repeat(numberWidth)} |`)} ${" ".repeat(start)}${style.marker("^".repeat(width))}`,
      );
    }
  }
  if (lastLine > shownLast) rows.push(style.gutter(`  ${" ".repeat(numberWidth)} | …`));
  return rows.join("\n");
}
