// The report that every lint output format renders.

import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import type { SourceFile } from "../../source.js";

export const FORMAT_NAMES = ["stylish", "compact", "json", "sarif", "github"] as const;

export type FormatName = (typeof FORMAT_NAMES)[number];

export interface LintReport {
  /** The diagnostics to show, with secrets masked. With --quiet, only the errors. */
  diagnostics: readonly Diagnostic[];
  /** Sources by path, for code frames and masking. */
  sources: ReadonlyMap<string, SourceFile>;
  /** Paths of the files linted, as given or as found by a directory or pattern. */
  files: readonly string[];
  /** Counts over every diagnostic found, including those that --quiet hides. */
  counts: { errors: number; warnings: number; infos: number };
  /** The directory that relative paths in machine formats are relative to. */
  cwd: string;
  toolVersion: string;
}

/** Settings that only the human format reads. */
export interface RenderOptions {
  color: boolean | undefined;
  /** Whether the output goes to a terminal, for automatic colour. */
  isTTY: boolean;
  env: NodeJS.ProcessEnv;
}

export type Formatter = (report: LintReport, options: RenderOptions) => string;
