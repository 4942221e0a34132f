// Prints the diagnostics of compile and parse in the human format. lint has
// several formats and renders them through format/index.ts.

import { Chalk } from "chalk";

import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { SourceFile } from "../source.js";
import { colorLevel } from "./colors.js";
import { redactReport } from "./format/redact.js";
import { formatStylish } from "./format/stylish.js";
import type { Io } from "./io.js";

export interface ReportOptions {
  color: boolean | undefined;
  /** Stream for the report; compile and parse keep stdout for their output. */
  stream: "stdout" | "stderr";
}

export function printReport(
  io: Io,
  diagnostics: readonly Diagnostic[],
  sources: ReadonlyMap<string, SourceFile>,
  fileCount: number,
  options: ReportOptions,
): void {
  const isTTY = options.stream === "stdout" ? io.stdoutIsTTY : io.stderrIsTTY;
  const chalk = new Chalk({ level: colorLevel(options.color, io.env, isTTY) });
  // Every report passes here, so this is where secret values leave messages.
  const redacted = redactReport(diagnostics, sources);
  const text = formatStylish({ diagnostics: redacted, sources, fileCount }, chalk);
  if (options.stream === "stdout") io.stdout(text);
  else io.stderr(text);
}
