// A config text with its path, and conversion of offsets to lines and columns.
//
// Offsets are 0-based UTF-16 code unit offsets into the text. Lines and columns
// are 1-based; columns count UTF-16 code units, as editors and the Language
// Server Protocol do. A line ends at \n, \r\n or a lone \r.

export interface Position {
  offset: number;
  line: number;
  column: number;
}

export class SourceFile {
  private lineStarts: number[] | null = null;

  /**
   * Offsets of text that must never be printed: values of password, token and
   * seed keys. Set by the parser; code frames mask these ranges.
   */
  secretRanges: { start: number; end: number }[] = [];

  /** The comments of the text (without `#` or `//`), set by the parser; for suppression comments. */
  comments: { start: number; end: number; text: string }[] = [];

  /**
   * @param path the path shown to users (relative to the working directory when
   *   the user gave a relative path)
   * @param text the decoded text
   */
  constructor(
    readonly path: string,
    readonly text: string,
  ) {}

  positionAt(offset: number): Position {
    const starts = this.getLineStarts();
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle]! <= clamped) low = middle;
      else high = middle - 1;
    }
    return { offset: clamped, line: low + 1, column: clamped - starts[low]! + 1 };
  }

  /** Returns the offset where a 1-based line starts. */
  lineStart(line: number): number {
    const starts = this.getLineStarts();
    return starts[Math.max(0, Math.min(line - 1, starts.length - 1))]!;
  }

  /** Returns the text of a 1-based line, without its line ending. */
  lineText(line: number): string {
    const starts = this.getLineStarts();
    const start = starts[line - 1];
    if (start === undefined) return "";
    let end = line < starts.length ? starts[line]! : this.text.length;
    while (
      end > start &&
      (this.text.charCodeAt(end - 1) === 0x0a || this.text.charCodeAt(end - 1) === 0x0d)
    )
      end--;
    return this.text.slice(start, end);
  }

  get lineCount(): number {
    return this.getLineStarts().length;
  }

  private getLineStarts(): number[] {
    if (this.lineStarts !== null) return this.lineStarts;
    const starts = [0];
    const text = this.text;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x0a) starts.push(i + 1);
      else if (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a) starts.push(i + 1);
    }
    this.lineStarts = starts;
    return starts;
  }
}

/** A half-open range of offsets in one source. */
export interface Span {
  source: SourceFile;
  start: number;
  end: number;
}
