// The lexer state machine of nats-server's config language.
//
// nats-server lexes with a state machine that keeps a stack of "return states":
// before a value it pushes the state that checks what follows the value, then
// jumps to the value state. Chevrotain's lexer modes can push or pop one mode per
// token, which cannot express "push a return state and switch state" on a single
// character. So the token patterns in tokens.ts share this scanner, which keeps
// the server's states and stack, decides the next token, and moves the state.
//
// States and transitions follow conf/lex.go (v2.9.10 to v2.14). Where the server
// stops at the first error, this scanner records a problem and recovers, so that
// one run reports every problem it can.

import {
  END,
  codePointAt,
  describeChar,
  isBlank,
  isDigit,
  isKeySeparator,
  isNewline,
  isSpace,
  widthAt,
} from "./chars.js";
import type { IncludeNode, KeyNode, ScalarNode } from "./nodes.js";
import type { SyntaxProblem } from "./problems.js";
import {
  scanBareString,
  scanBlock,
  scanDoubleQuoted,
  scanNegativeNumber,
  scanNumberLike,
  scanSingleQuoted,
  type ValueScan,
} from "./values.js";

/**
 * nats-server 2.9.22 started rejecting a config that ends right after a key;
 * older releases drop the key without a word.
 */
const KEY_AT_END_REJECTED_SINCE = "2.9.22";

export type TokenKind =
  | "trivia"
  | "comment"
  | "key"
  | "include"
  | "map-start"
  | "map-end"
  | "array-start"
  | "array-end"
  | "string"
  | "integer"
  | "float"
  | "bool"
  | "datetime"
  | "variable";

export interface Step {
  kind: TokenKind;
  end: number;
  /** The node of a key, include or scalar value token. */
  payload?: KeyNode | IncludeNode | ScalarNode;
}

type State =
  | "top"
  | "top-value-end"
  | "block-start"
  | "block-value-end"
  | "block-end"
  | "key-start"
  | "key-end"
  | "value"
  | "array-value"
  | "array-value-end"
  | "map-key-start"
  | "map-key-forced"
  | "map-key-end"
  | "map-value"
  | "map-value-end"
  | "halted";

interface Container {
  kind: "map" | "array" | "block";
  start: number;
  /** The key whose value this map or array is. */
  key: string | null;
}

/**
 * Deepest nesting of maps, arrays and top-level braces that the scanner accepts.
 * The parser and the tree walkers recurse once per level. With Node's default
 * stack, Chevrotain's parser overflows between 230 and 256 nested maps (measured
 * on Node 20.20, x86-64), so the limit is about half of that.
 */
export const MAX_DEPTH = 128;

/** Problems after which the scanner stops, so that binary input stays cheap. */
const MAX_PROBLEMS = 500;

export class Scanner {
  readonly problems: SyntaxProblem[] = [];
  /** Offset where the server would stop reading, if it stops before the end. */
  haltOffset = -1;
  /** Text that error recovery skipped without reading it, in text order. */
  readonly skipped: { start: number; end: number }[] = [];

  private state: State = "top";
  private readonly stack: State[] = [];
  private readonly containers: Container[] = [];
  private lastItem: { kind: TokenKind; text: string; start: number } | null = null;
  private lastKey: string | null = null;
  private lastValue: { kind: TokenKind; start: number; end: number } | null = null;
  private endProblemSeen = false;
  /** A token scanned ahead while merging trivia, and where it starts. */
  private lookahead: { start: number; step: Step } | null = null;

  constructor(private readonly text: string) {}

  get halted(): boolean {
    return this.state === "halted";
  }

  /** Scans one token at `offset`. The token may be empty, for example an empty value. */
  next(offset: number): Step {
    if (this.lookahead !== null && this.lookahead.start === offset) {
      const step = this.lookahead.step;
      this.lookahead = null;
      return step;
    }
    const step = this.step(offset);
    // Consecutive trivia steps become one token, so Chevrotain matches fewer.
    while (
      step.kind === "trivia" &&
      step.end > offset &&
      step.end < this.text.length &&
      this.state !== "halted"
    ) {
      const following = this.step(step.end);
      if (following.kind !== "trivia") {
        this.lookahead = { start: step.end, step: following };
        break;
      }
      if (following.end === step.end) break;
      step.end = following.end;
    }
    return step;
  }

  /** Scans one token at `offset` in the current state. */
  private step(offset: number): Step {
    if (this.problems.length >= MAX_PROBLEMS && this.state !== "halted") {
      return this.haltAfterError(offset);
    }
    switch (this.state) {
      case "top":
        return this.top(offset);
      case "top-value-end":
        return this.topValueEnd(offset);
      case "block-start":
        return this.blockStart(offset);
      case "block-value-end":
        return this.blockValueEnd(offset);
      case "block-end":
        return this.blockEnd(offset);
      case "key-start":
        return this.keyStart(offset);
      case "key-end":
        return this.keyEnd(offset);
      case "value":
        return this.value(offset);
      case "array-value":
        return this.arrayValue(offset);
      case "array-value-end":
        return this.arrayValueEnd(offset);
      case "map-key-start":
        return this.mapKeyStart(offset);
      case "map-key-forced":
        return this.mapKey(offset, offset + widthAt(this.text, offset));
      case "map-key-end":
        return this.mapKeyEnd(offset);
      case "map-value":
        return this.mapValue(offset);
      case "map-value-end":
        return this.mapValueEnd(offset);
      case "halted":
        return { kind: "trivia", end: this.text.length };
    }
  }

  /**
   * Runs the state machine at the end of the text until it halts, and returns the
   * tokens it makes there: empty values, and closers for maps and arrays that an
   * error left open.
   */
  finish(): Step[] {
    const steps: Step[] = [];
    const end = this.text.length;
    let guard = 0;
    while (this.state !== "halted") {
      const step = this.next(end);
      if (step.kind !== "trivia") steps.push(step);
      if (++guard > 4 * MAX_DEPTH + 16)
        throw new Error(`BUG: scanner loops at end in state ${this.state}`);
    }
    for (let i = this.containers.length - 1; i >= 0; i--) {
      const container = this.containers[i]!;
      if (container.kind === "map") steps.push({ kind: "map-end", end });
      if (container.kind === "array") steps.push({ kind: "array-end", end });
    }
    this.containers.length = 0;
    return steps;
  }

  // ---------------------------------------------------------------------------
  // Transitions

  private push(state: State): void {
    this.stack.push(state);
  }

  private pop(): void {
    const state = this.stack.pop();
    if (state === undefined) throw new Error("BUG: scanner state stack is empty");
    this.state = state;
  }

  private emit(kind: TokenKind, start: number, end: number, payload?: Step["payload"]): Step {
    this.lastItem = { kind, text: kind === "key" ? (payload as KeyNode).text : "", start };
    return payload === undefined ? { kind, end } : { kind, end, payload };
  }

  private trivia(end: number): Step {
    return { kind: "trivia", end };
  }

  /** Stops where the server reads the end of input, and checks the last item as it does. */
  private halt(offset: number): Step {
    if (this.haltOffset < 0) this.haltOffset = offset;
    this.state = "halted";
    const last = this.lastItem;
    if (last !== null && last.kind === "key" && last.text !== "}") {
      this.report({
        code: "syntax/missing-value",
        severity: "error",
        message: `Key "${last.text}" has no value before the end of the file.`,
        help: "Give the key a value, or remove it.",
        rejectedSince: KEY_AT_END_REJECTED_SINCE,
        start: last.start,
        end: Math.max(offset, last.start + 1),
      });
    }
    return this.trivia(this.text.length);
  }

  /** Stops after an error that leaves nothing sensible to scan. */
  private haltAfterError(offset: number): Step {
    if (this.haltOffset < 0) this.haltOffset = offset;
    this.state = "halted";
    return this.trivia(this.text.length);
  }

  private report(problem: SyntaxProblem): void {
    if (problem.start >= this.text.length) {
      if (this.endProblemSeen) return;
      this.endProblemSeen = true;
    }
    if (this.problems.length < MAX_PROBLEMS) this.problems.push(problem);
  }

  private openContainer(kind: Container["kind"], start: number): boolean {
    if (this.containers.length < MAX_DEPTH) {
      this.containers.push({ kind, start, key: kind === "block" ? null : this.lastKey });
      return true;
    }
    this.report({
      code: "syntax/too-deep",
      severity: "error",
      message: `Nesting is deeper than ${MAX_DEPTH} levels; natsconf stops reading here.`,
      help: "Flatten the configuration. nats-server itself has no such limit, but no real configuration nests this deep.",
      start,
      end: start + 1,
    });
    return false;
  }

  private closeContainer(): Container | undefined {
    return this.containers.pop();
  }

  private get currentContainer(): Container | undefined {
    return this.containers[this.containers.length - 1];
  }

  // ---------------------------------------------------------------------------
  // Shared pieces

  private spaceRun(offset: number, predicate: (c: number) => boolean): number {
    let i = offset;
    while (i < this.text.length && predicate(codePointAt(this.text, i))) i += widthAt(this.text, i);
    return i;
  }

  /** Returns the comment token at `offset` if one starts there (`#` or `//`). */
  private comment(offset: number): Step | null {
    const c = codePointAt(this.text, offset);
    const isComment = c === 0x23 || (c === 0x2f && codePointAt(this.text, offset + 1) === 0x2f);
    if (!isComment) return null;
    let i = offset;
    for (;;) {
      const d = codePointAt(this.text, i);
      if (d === END || isNewline(d)) break;
      i += widthAt(this.text, i);
    }
    this.lastItem = { kind: "comment", text: "", start: offset };
    return { kind: "comment", end: i };
  }

  /**
   * Skips to the next newline, or to the next `stop` character, or to the end,
   * and returns that offset. The skipped text is recorded in `skipped`.
   */
  private skipLine(offset: number, stop: number = -2): number {
    let i = offset;
    while (i < this.text.length) {
      const c = this.text.charCodeAt(i);
      if (c === 0x0a || c === 0x0d || c === stop) break;
      i++;
    }
    if (i > offset) this.skipped.push({ start: offset, end: i });
    return i;
  }

  // ---------------------------------------------------------------------------
  // Top level (lexTop, lexTopValueEnd)

  private top(offset: number): Step {
    const c = codePointAt(this.text, offset);
    if (c !== END && isSpace(c)) return this.trivia(this.spaceRun(offset, isSpace));
    const comment = this.comment(offset);
    if (comment !== null) return comment;
    if (c === 0x7b) {
      if (!this.openContainer("block", offset)) return this.haltAfterError(offset);
      this.push("top");
      this.state = "block-start";
      return this.trivia(offset + 1);
    }
    return this.keyPosition(offset, c, "top-value-end");
  }

  /**
   * Handles a character where a top-level or block-level key may start; the
   * key's value returns to `returnState`.
   */
  private keyPosition(offset: number, c: number, returnState: State): Step {
    if (c === 0x2f) {
      return this.strayCharacter(
        offset,
        "A single / is not a comment.",
        "Start comments with // or #.",
      );
    }
    if (c === END) {
      if (offset >= this.text.length) return this.halt(offset);
      return this.strayCharacter(
        offset,
        "NUL character where a key should start.",
        "Remove the NUL byte.",
      );
    }
    this.push(returnState);
    this.state = "key-start";
    return this.keyStart(offset);
  }

  private strayCharacter(offset: number, message: string, help: string): Step {
    this.report({
      code: "syntax/unexpected-character",
      severity: "error",
      message,
      help,
      start: offset,
      end: offset + 1,
    });
    return this.trivia(offset + 1);
  }

  private topValueEnd(offset: number): Step {
    const c = codePointAt(this.text, offset);
    const comment = this.comment(offset);
    if (comment !== null) {
      this.state = "top";
      return comment;
    }
    if (c === 0x2f || isBlank(c)) return this.trivia(offset + 1); // a lone / is ignored here
    if (isNewline(c) || c === END || c === 0x3b || c === 0x2c || c === 0x7d) {
      this.state = "top";
      return this.trivia(Math.min(offset + 1, this.text.length));
    }
    return this.valueEndError(offset, -2, "a newline, ',' or ';'");
  }

  /**
   * Reports text after a value where a terminator belongs, skips to the end of the
   * line (or to `stop`, the closer of the enclosing map or array) and stays in the
   * same state.
   */
  private valueEndError(offset: number, stop: number, expected: string): Step {
    const last = this.lastValue;
    const glued = last !== null && last.end === offset;
    if (glued && (last.kind === "integer" || last.kind === "float")) {
      const scan = scanBareString(this.text, offset, offset, []);
      const literal = this.text.slice(last.start, scan.end);
      const read = this.text.slice(last.start, last.end);
      this.report({
        code:
          last.kind === "integer" && isDigit(codePointAt(this.text, offset))
            ? "syntax/number-suffix"
            : "syntax/invalid-number",
        severity: "error",
        message: `${literal}: nats-server reads ${read} as a number and rejects the ${describeChar(codePointAt(this.text, offset))} after it.`,
        help: `Quote the value if it is text or a duration: "${literal}".`,
        start: last.start,
        end: scan.end,
      });
      return this.trivia(Math.max(scan.end, offset + 1));
    }
    const found = describeChar(codePointAt(this.text, offset));
    const container = this.currentContainer;
    const owner =
      container?.kind === "array"
        ? `an element of the array${container.key === null ? "" : ` "${container.key}"`}`
        : this.lastKey === null
          ? "the value"
          : `the value of "${this.lastKey}"`;
    this.report({
      code: "syntax/missing-separator",
      severity: "error",
      message: `Expected ${expected} after ${owner}, found ${found}.`,
      help: "Put each entry on its own line, or separate entries with , or ;. Quote values that contain spaces.",
      start: offset,
      end: Math.min(
        offset + Math.max(1, widthAt(this.text, offset)),
        Math.max(this.text.length, offset + 1),
      ),
    });
    if (offset >= this.text.length) return this.haltAfterError(offset);
    return this.trivia(Math.max(this.skipLine(offset, stop), offset + 1));
  }

  // ---------------------------------------------------------------------------
  // Top-level braces (lexBlockStart, lexBlockValueEnd, lexBlockEnd)

  private blockStart(offset: number): Step {
    const c = codePointAt(this.text, offset);
    if (c !== END && isSpace(c)) return this.trivia(this.spaceRun(offset, isSpace));
    const comment = this.comment(offset);
    if (comment !== null) return comment;
    if (c === 0x7b) {
      if (!this.openContainer("block", offset)) return this.haltAfterError(offset);
      this.push("block-end");
      return this.trivia(offset + 1);
    }
    if (c === 0x7d) {
      this.closeContainer();
      this.pop();
      return this.trivia(offset + 1);
    }
    return this.keyPosition(offset, c, "block-value-end");
  }

  private blockValueEnd(offset: number): Step {
    const c = codePointAt(this.text, offset);
    const comment = this.comment(offset);
    if (comment !== null) return comment;
    if (c === 0x2f || isBlank(c)) return this.trivia(offset + 1);
    if (isNewline(c) || c === 0x3b || c === 0x2c) {
      this.state = "block-start";
      return this.trivia(offset + 1);
    }
    if (c === 0x7d) {
      this.state = "block-end";
      return this.blockEnd(offset);
    }
    if (c === END && offset >= this.text.length) {
      // The server rejects a file that ends right after a value inside braces.
      this.report({
        code: "syntax/unterminated",
        severity: "error",
        message: "The file ends right after a value inside top-level braces.",
        help: "Close the braces with }, or end the file with a newline.",
        start: offset,
        end: offset,
      });
      return this.haltAfterError(offset);
    }
    return this.valueEndError(offset, 0x7d, "a newline, ',', ';' or '}'");
  }

  private blockEnd(offset: number): Step {
    const c = codePointAt(this.text, offset);
    const comment = this.comment(offset);
    if (comment !== null) {
      this.state = "block-start";
      return comment;
    }
    if (c === 0x2f || isBlank(c) || isNewline(c)) return this.trivia(offset + 1);
    if (c === 0x3b || c === 0x2c) {
      this.state = "block-start";
      return this.trivia(offset + 1);
    }
    if (c === 0x7d) {
      this.closeContainer();
      this.pop();
      return this.trivia(offset + 1);
    }
    this.report({
      code: "syntax/missing-separator",
      severity: "error",
      message: `Expected '}' to close the top-level braces, found ${describeChar(c)}.`,
      help: "Close the braces with }, or separate the entries with , or ;.",
      start: offset,
      end: Math.min(offset + 1, Math.max(offset, this.text.length)),
    });
    if (offset >= this.text.length) return this.haltAfterError(offset);
    this.state = "block-start";
    return this.trivia(offset);
  }

  // ---------------------------------------------------------------------------
  // Keys at top level and in braces (lexKeyStart, lexKey, lexKeyEnd)

  private keyStart(offset: number): Step {
    const c = codePointAt(this.text, offset);
    if (isKeySeparator(c)) {
      this.report({
        code: "syntax/unexpected-character",
        severity: "error",
        message: `A line starts with ${describeChar(c)}: the key before it is missing.`,
        help: "Write key = value, with the key first.",
        start: offset,
        end: offset + 1,
      });
      const end = Math.max(this.skipLine(offset), offset + 1);
      this.pop();
      return this.trivia(end);
    }
    if (c !== END && isSpace(c)) return this.trivia(this.spaceRun(offset, isSpace));
    if (c === 0x22 || c === 0x27) return this.quotedTopKey(offset, c);
    return this.bareKey(offset, false);
  }

  private quotedTopKey(offset: number, quote: number): Step {
    let i = offset + 1;
    for (;;) {
      const c = codePointAt(this.text, i);
      if (c === quote) {
        this.state = "key-end";
        this.lastKey = this.text.slice(offset + 1, i);
        return this.emit("key", offset, i + 1, {
          start: offset,
          end: i + 1,
          text: this.lastKey,
          quote: String.fromCodePoint(quote) as '"' | "'",
        });
      }
      if (c === END) {
        if (i === offset + 1) {
          // The server reads a lone quote at the end as the end of input.
          this.report({
            code: "syntax/stray-quote",
            severity: "warning",
            message:
              "A lone quote where a key should start; nats-server ignores it and everything after it.",
            help: "Remove the quote.",
            start: offset,
            end: offset + 1,
          });
          return this.halt(offset);
        }
        this.report({
          code: "syntax/unterminated",
          severity: "error",
          message: "Quoted key is never closed.",
          help: `Add the closing ${String.fromCodePoint(quote)}.`,
          start: offset,
          end: i,
        });
        return this.haltAfterError(i);
      }
      i += widthAt(this.text, i);
    }
  }

  /** Scans a bare key. Its first character is taken whatever it is. */
  private bareKey(offset: number, inMap: boolean): Step {
    return inMap ? this.mapKey(offset, offset + widthAt(this.text, offset)) : this.topKey(offset);
  }

  private topKey(offset: number): Step {
    let i = offset + widthAt(this.text, offset);
    for (;;) {
      const c = codePointAt(this.text, i);
      if (c !== END && isSpace(c)) {
        if (this.text.slice(offset, i).toLowerCase() === "include") return this.include(offset, i);
        break;
      }
      if (isKeySeparator(c) || c === END) break;
      i += widthAt(this.text, i);
    }
    this.state = "key-end";
    this.lastKey = this.text.slice(offset, i);
    return this.emit("key", offset, i, { start: offset, end: i, text: this.lastKey, quote: "" });
  }

  private keyEnd(offset: number): Step {
    const c = codePointAt(this.text, offset);
    if (c !== END && isSpace(c)) return this.trivia(this.spaceRun(offset, isSpace));
    if (isKeySeparator(c)) {
      this.state = "value";
      return this.trivia(offset + 1);
    }
    if (c === END) return this.halt(offset);
    this.state = "value";
    return this.value(offset);
  }

  // ---------------------------------------------------------------------------
  // include (keyCheckKeyword, lexIncludeStart, lexInclude ...)

  /** Scans `include <path>`; `keywordEnd` is just after the keyword. */
  private include(offset: number, keywordEnd: number): Step {
    const inMap = this.state === "map-key-start" || this.state === "map-key-forced";
    const afterInclude = (): void => {
      if (inMap) this.state = "map-value-end";
      else this.pop();
    };
    // The keyword ends at any space, but only spaces and tabs are skipped after it.
    const start = this.spaceRun(keywordEnd, isBlank);
    const c = codePointAt(this.text, start);
    const quoted = c === 0x22 || c === 0x27;
    if (quoted) {
      let i = start + 1;
      while (codePointAt(this.text, i) !== c && codePointAt(this.text, i) !== END)
        i += widthAt(this.text, i);
      if (codePointAt(this.text, i) === END) {
        this.report({
          code: "syntax/unterminated",
          severity: "error",
          message: "The quoted include path is never closed.",
          help: `Add the closing ${String.fromCodePoint(c)}.`,
          start: start,
          end: i,
        });
        return this.haltAfterError(i);
      }
      afterInclude();
      const payload: IncludeNode = {
        kind: "include",
        start: offset,
        end: i + 1,
        path: this.text.slice(start + 1, i),
        quote: String.fromCodePoint(c) as '"' | "'",
        pathStart: start + 1,
        pathEnd: i,
      };
      return this.emit("include", offset, i + 1, payload);
    }
    const invalidStart = this.invalidIncludeStart(c);
    if (invalidStart !== null) {
      this.report({
        code: "syntax/include-path",
        severity: "error",
        message: `include needs a file path, found ${invalidStart}.`,
        help: 'Write include "path/to/file.conf"; quote paths that start with a digit, -, [, {, ( or \\.',
        start: offset,
        end: Math.max(start + (c === END ? 0 : 1), keywordEnd),
      });
      const end = this.skipLine(start);
      afterInclude();
      return this.trivia(Math.max(end, keywordEnd));
    }
    let i = start;
    for (;;) {
      const d = codePointAt(this.text, i);
      if (isNewline(d) || d === END || d === 0x3b || d === 0x7d || isBlank(d)) break;
      if (d === 0x27) {
        afterInclude();
        return this.emit("include", offset, i + 1, {
          kind: "include",
          start: offset,
          end: i + 1,
          path: this.text.slice(start, i),
          quote: "",
          pathStart: start,
          pathEnd: i,
        });
      }
      i += widthAt(this.text, i);
    }
    afterInclude();
    return this.emit("include", offset, i, {
      kind: "include",
      start: offset,
      end: i,
      path: this.text.slice(start, i),
      quote: "",
      pathStart: start,
      pathEnd: i,
    });
  }

  private invalidIncludeStart(c: number): string | null {
    if (c === 0x5b) return "the start of an array";
    if (c === 0x7b) return "the start of a map";
    if (c === 0x28) return "the start of a block string";
    if (c === 0x2d || isDigit(c)) return "the start of a number";
    if (c === 0x5c) return "an escape sequence";
    if (isNewline(c)) return "a newline";
    return null;
  }

  // ---------------------------------------------------------------------------
  // Values (lexValue)

  private value(offset: number): Step {
    const c = codePointAt(this.text, offset);
    if (isBlank(c)) return this.trivia(this.spaceRun(offset, isBlank));
    if (c === 0x5b) {
      if (!this.openContainer("array", offset)) return this.haltAfterError(offset);
      this.state = "array-value";
      return this.emit("array-start", offset, offset + 1);
    }
    if (c === 0x7b) {
      if (!this.openContainer("map", offset)) return this.haltAfterError(offset);
      this.state = "map-key-start";
      return this.emit("map-start", offset, offset + 1);
    }
    if (c === 0x2e) {
      const scan = scanBareString(this.text, offset, offset + 1, []);
      this.report({
        code: "syntax/invalid-number",
        severity: "error",
        message: `${this.text.slice(offset, scan.end)}: a float needs a digit before the point.`,
        help: `Write 0${this.text.slice(offset, scan.end)}, or quote the value if it is text.`,
        start: offset,
        end: scan.end,
      });
      return this.finishValue(offset, scan);
    }
    if (isNewline(c)) {
      const owner = this.lastKey === null ? "A key" : `Key "${this.lastKey}"`;
      this.report({
        code: "syntax/missing-value",
        severity: "error",
        message: `${owner} has no value: after = or : the value must be on the same line.`,
        help: "Put the value on the same line as the key.",
        start: offset,
        end: offset + 1,
      });
      // The key is reported here; the end-of-file check must not report it again.
      this.lastItem = null;
      this.pop();
      return this.trivia(offset);
    }
    return this.finishValue(offset, this.scanValue(offset, c));
  }

  private scanValue(offset: number, c: number): ValueScan {
    const problems = this.problems;
    if (c === 0x27) return scanSingleQuoted(this.text, offset, problems);
    if (c === 0x22) return scanDoubleQuoted(this.text, offset, problems);
    if (c === 0x2d) return scanNegativeNumber(this.text, offset, problems);
    if (c === 0x28) return scanBlock(this.text, offset, problems);
    if (isDigit(c)) return scanNumberLike(this.text, offset, problems);
    return scanBareString(this.text, offset, offset, problems);
  }

  /** Emits a scanned value and returns to the state pushed before the value. */
  private finishValue(offset: number, scan: ValueScan): Step {
    if (scan.kind === "halt") {
      // After a key, the server sees the key and then the end of input.
      const afterKey = this.lastItem?.kind === "key";
      this.report({
        code: "syntax/unterminated",
        severity: "error",
        message: "A quoted string opens at the very end of the file.",
        help: "Close the string, or remove the quote.",
        ...(afterKey ? { rejectedSince: KEY_AT_END_REJECTED_SINCE } : {}),
        start: offset,
        end: offset + 1,
      });
      return this.haltAfterError(scan.end);
    }
    const inArray =
      this.currentContainer?.kind === "array" &&
      this.stack[this.stack.length - 1] === "array-value-end";
    if (inArray && isDigit(codePointAt(this.text, offset)) && scan.kind === "string") {
      const fixed = this.checkArrayBracket(offset, scan);
      if (fixed !== null) return fixed;
    }
    this.pop();
    this.lastValue = { kind: scan.kind, start: offset, end: scan.end };
    const start = offset;
    const end = scan.end;
    switch (scan.kind) {
      case "string": {
        const { value, style, lossy } = scan;
        return this.emit("string", start, end, { kind: "string", start, end, value, style, lossy });
      }
      case "bool":
        return this.emit("bool", start, end, { kind: "bool", start, end, value: scan.value });
      case "variable":
        return this.emit("variable", start, end, { kind: "variable", start, end, name: scan.name });
      case "integer": {
        const { value, literal } = scan;
        return this.emit("integer", start, end, { kind: "integer", start, end, value, literal });
      }
      case "float": {
        const { value, literal } = scan;
        return this.emit("float", start, end, { kind: "float", start, end, value, literal });
      }
      case "datetime": {
        const { literal, valid } = scan;
        return this.emit("datetime", start, end, { kind: "datetime", start, end, literal, valid });
      }
    }
  }

  /**
   * Handles a value in an array that starts with a digit and became a string
   * because of a `]` right after it. The server keeps that `]` in the string and
   * the array stays open (`[1, 2]` fails). natsconf reports it and ends the
   * number before the `]`, so that the rest of the file reads as intended.
   */
  private checkArrayBracket(
    offset: number,
    scan: Extract<ValueScan, { kind: "string" }>,
  ): Step | null {
    const literal = this.text.slice(offset, scan.end);
    const glued = /^(-?\p{Nd}+)\]/u.exec(literal);
    if (glued !== null) {
      const numberEnd = offset + glued[1]!.length;
      this.report({
        code: "syntax/array-bracket",
        severity: "error",
        message:
          `nats-server does not end an array at a ] right after a number: it reads ` +
          `"${literal}" as a string, and the array stays open.`,
        help: `Put a space before the ]: ${glued[1]} ]`,
        start: offset,
        end: numberEnd + 1,
      });
      return this.finishValue(
        offset,
        scanNumberLike(this.text.slice(0, numberEnd), offset, this.problems),
      );
    }
    const suffixed = /^-?\p{Nd}+[kmgtpe][bi]*$/iu.exec(literal);
    if (suffixed !== null && codePointAt(this.text, scan.end) === 0x5d) {
      this.report({
        code: "syntax/array-bracket",
        severity: "warning",
        message: `nats-server reads ${literal} directly before ] as the string "${literal}", not as a number.`,
        help: `Put a space before the ] to make it a number (${literal} ]), or quote it to make the string explicit.`,
        start: offset,
        end: scan.end + 1,
      });
    }
    return null;
  }

  // ---------------------------------------------------------------------------
  // Arrays (lexArrayValue, lexArrayValueEnd)

  private arrayValue(offset: number): Step {
    const c = codePointAt(this.text, offset);
    if (c !== END && isSpace(c)) return this.trivia(this.spaceRun(offset, isSpace));
    const comment = this.comment(offset);
    if (comment !== null) return comment;
    if (c === 0x2c || c === 0x2f) {
      this.report({
        code: "syntax/unexpected-character",
        severity: "error",
        message:
          c === 0x2c
            ? "Empty array element: a ',' with no value before it."
            : "A single / in an array.",
        help: c === 0x2c ? "Remove the extra comma." : "Start comments with // or #.",
        start: offset,
        end: offset + 1,
      });
      return this.trivia(offset + 1);
    }
    if (c === 0x5d) return this.closeArray(offset);
    if (c === END && offset >= this.text.length) return this.unterminated(offset);
    this.push("array-value-end");
    this.state = "value";
    return this.value(offset);
  }

  private closeArray(offset: number): Step {
    this.closeContainer();
    this.pop();
    this.lastValue = { kind: "array-end", start: offset, end: offset + 1 };
    return this.emit("array-end", offset, offset + 1);
  }

  private arrayValueEnd(offset: number): Step {
    const c = codePointAt(this.text, offset);
    if (isBlank(c)) return this.trivia(this.spaceRun(offset, isBlank));
    const comment = this.comment(offset);
    if (comment !== null) return comment;
    if (c === 0x2c || c === 0x2f || isNewline(c)) {
      this.state = "array-value";
      return this.trivia(offset + 1);
    }
    if (c === 0x5d) return this.closeArray(offset);
    if (c === END && offset >= this.text.length) return this.unterminated(offset);
    return this.valueEndError(offset, 0x5d, "',' or ']'");
  }

  /** Reports the innermost open map or array at the end of the file. */
  private unterminated(offset: number): Step {
    const container = this.currentContainer;
    const what = container?.kind === "array" ? "Array" : "Map";
    const owner = container?.key == null ? "" : ` (the value of "${container.key}")`;
    const start = container?.start ?? offset;
    this.report({
      code: "syntax/unterminated",
      severity: "error",
      message: `${what}${owner} is never closed.`,
      help: `Add the closing ${what === "Array" ? "]" : "}"}.`,
      start,
      end: start + 1,
      related: { start: offset, end: offset, message: "The file ends here." },
    });
    return this.haltAfterError(offset);
  }

  // ---------------------------------------------------------------------------
  // Maps (lexMapKeyStart, lexMapKey, lexMapKeyEnd, lexMapValue, lexMapValueEnd)

  private mapKeyStart(offset: number): Step {
    const c = codePointAt(this.text, offset);
    if (isKeySeparator(c) || c === 0x5d) {
      const opened = this.currentContainer;
      this.report({
        code: "syntax/unexpected-character",
        severity: "error",
        message:
          c === 0x5d
            ? "']' inside a map, where a key or '}' belongs."
            : `A map entry starts with ${describeChar(c)}: the key is missing.`,
        help:
          c === 0x5d
            ? "Close the map with }, or check the brackets above."
            : "Write key = value, with the key first.",
        start: offset,
        end: offset + 1,
        ...(c === 0x5d && opened !== undefined
          ? {
              related: {
                start: opened.start,
                end: opened.start + 1,
                message: "The map opens here.",
              },
            }
          : {}),
      });
      return this.trivia(Math.max(this.skipLine(offset, 0x7d), offset + 1));
    }
    if (c !== END && isSpace(c)) return this.trivia(this.spaceRun(offset, isSpace));
    if (c === 0x7d) return this.closeMap(offset);
    const comment = this.comment(offset);
    if (comment !== null) return comment;
    if (c === 0x2f) {
      // The server drops a lone / here and starts the key at the next character.
      this.state = "map-key-forced";
      return this.trivia(offset + 1);
    }
    if (c === 0x22 || c === 0x27) return this.quotedMapKey(offset, c);
    if (c === END) {
      if (offset >= this.text.length) return this.unterminated(offset);
      return this.strayCharacter(
        offset,
        "NUL character where a key should start.",
        "Remove the NUL byte.",
      );
    }
    return this.bareKey(offset, true);
  }

  private closeMap(offset: number): Step {
    this.closeContainer();
    this.pop();
    this.lastValue = { kind: "map-end", start: offset, end: offset + 1 };
    return this.emit("map-end", offset, offset + 1);
  }

  private quotedMapKey(offset: number, quote: number): Step {
    let i = offset + 1;
    for (;;) {
      const c = codePointAt(this.text, i);
      if (c === quote) {
        this.state = "map-key-end";
        this.lastKey = this.text.slice(offset + 1, i);
        return this.emit("key", offset, i + 1, {
          start: offset,
          end: i + 1,
          text: this.lastKey,
          quote: String.fromCodePoint(quote) as '"' | "'",
        });
      }
      if (c === END) {
        this.report({
          code: "syntax/unterminated",
          severity: "error",
          message: "Quoted key is never closed.",
          help: `Add the closing ${String.fromCodePoint(quote)}.`,
          start: offset,
          end: Math.max(i, offset + 1),
        });
        return this.haltAfterError(i);
      }
      i += widthAt(this.text, i);
    }
  }

  /** Scans a bare map key whose first character ends before `from`. */
  private mapKey(offset: number, from: number): Step {
    if (from === offset) return this.unterminated(offset);
    let i = from;
    for (;;) {
      const c = codePointAt(this.text, i);
      if (c === END) {
        this.report({
          code: "syntax/unterminated",
          severity: "error",
          message: `The file ends inside the map key "${this.text.slice(offset, i)}".`,
          help: "Give the key a value and close the map with }.",
          start: offset,
          end: i,
        });
        return this.haltAfterError(i);
      }
      if (isSpace(c)) {
        if (this.text.slice(offset, i).toLowerCase() === "include") return this.include(offset, i);
        break;
      }
      if (isKeySeparator(c)) break;
      i += widthAt(this.text, i);
    }
    this.state = "map-key-end";
    this.lastKey = this.text.slice(offset, i);
    return this.emit("key", offset, i, { start: offset, end: i, text: this.lastKey, quote: "" });
  }

  private mapKeyEnd(offset: number): Step {
    const c = codePointAt(this.text, offset);
    if (c !== END && isSpace(c)) return this.trivia(this.spaceRun(offset, isSpace));
    this.state = "map-value";
    if (isKeySeparator(c)) return this.trivia(offset + 1);
    return this.mapValue(offset);
  }

  private mapValue(offset: number): Step {
    const c = codePointAt(this.text, offset);
    if (c !== END && isSpace(c)) return this.trivia(this.spaceRun(offset, isSpace));
    if (c === 0x2c || c === 0x7d) {
      const map = this.currentContainer;
      const consequence =
        c === 0x7d && map?.key != null
          ? ` nats-server then stores this map under "${this.lastKey}" and drops "${map.key}".`
          : "";
      this.report({
        code: "syntax/missing-value",
        severity: "error",
        message: `Key "${this.lastKey}" has no value before ${describeChar(c)}.${consequence}`,
        help: 'Give the key a value; write "" for an empty string.',
        start: this.lastItem?.start ?? offset,
        end: offset + 1,
      });
      if (c === 0x7d) return this.closeMap(offset);
      this.state = "map-key-start";
      return this.trivia(offset + 1);
    }
    this.push("map-value-end");
    this.state = "value";
    return this.value(offset);
  }

  private mapValueEnd(offset: number): Step {
    const c = codePointAt(this.text, offset);
    if (isBlank(c)) return this.trivia(this.spaceRun(offset, isBlank));
    const comment = this.comment(offset);
    if (comment !== null) return comment;
    if (c === 0x2f || c === 0x3b || c === 0x2c || isNewline(c)) {
      this.state = "map-key-start";
      return this.trivia(offset + 1);
    }
    if (c === 0x7d) return this.closeMap(offset);
    if (c === END && offset >= this.text.length) return this.unterminated(offset);
    return this.valueEndError(offset, 0x7d, "a newline, ',', ';' or '}'");
  }
}
