// Syntax problems found by the lexer. They carry offsets into the text; the
// src/ layer turns them into diagnostics with file names and line numbers.

export type SyntaxCode =
  | "syntax/unterminated"
  | "syntax/invalid-escape"
  | "syntax/missing-separator"
  | "syntax/unexpected-character"
  | "syntax/missing-value"
  | "syntax/invalid-number"
  | "syntax/number-suffix"
  | "syntax/array-bracket"
  | "syntax/invalid-datetime"
  | "syntax/include-path"
  | "syntax/stray-quote"
  | "syntax/too-deep";

export interface SyntaxProblem {
  code: SyntaxCode;
  severity: "error" | "warning";
  message: string;
  /** One line that tells how to fix the input. */
  help?: string;
  /** Offsets into the text, half-open. */
  start: number;
  end: number;
  /**
   * The first server release that rejects the input; older releases accept it.
   * Absent when every release rejects it.
   */
  rejectedSince?: string;
  /** A second location that explains the first, for example where a map opened. */
  related?: { start: number; end: number; message: string };
}
