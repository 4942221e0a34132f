// natsconf lint FILE...

import { checkFile } from "../../check.js";
import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import type { SourceFile } from "../../source.js";
import { EXIT, type Io } from "../io.js";
import { printReport } from "../report.js";

export interface LintOptions {
  files: string[];
  maxWarnings: number | undefined;
  color: boolean | undefined;
}

export function lint(options: LintOptions, io: Io): number {
  const diagnostics: Diagnostic[] = [];
  const sources = new Map<string, SourceFile>();
  let unreadable = false;
  let fileCount = 0;

  for (const file of options.files) {
    const checked = checkFile(file);
    if (!checked.ok) {
      io.stderr(`natsconf: ${checked.message}\n`);
      unreadable = true;
      continue;
    }
    fileCount++;
    diagnostics.push(...checked.diagnostics);
    for (const [path, source] of checked.config.sources) sources.set(path, source);
  }

  if (fileCount > 0 || diagnostics.length > 0) {
    printReport(io, diagnostics, sources, fileCount, { color: options.color, stream: "stdout" });
  }
  if (unreadable) return EXIT.failure;

  const errors = diagnostics.filter((d) => d.severity === "error").length;
  const warnings = diagnostics.filter((d) => d.severity === "warning").length;
  if (errors > 0) return EXIT.problems;
  if (
    options.maxWarnings !== undefined &&
    options.maxWarnings >= 0 &&
    warnings > options.maxWarnings
  ) {
    io.stderr(`natsconf: ${warnings} warnings exceed --max-warnings ${options.maxWarnings}.\n`);
    return EXIT.problems;
  }
  return EXIT.ok;
}
