// natsconf compile FILE [-o OUT]

import { checkFile } from "../../check.js";
import { compileConfig } from "../../emit/compile.js";
import { EXIT, type Io } from "../io.js";
import { printReport } from "../report.js";
import { writeFileAtomic } from "../write-file.js";

export interface CompileCommandOptions {
  file: string;
  output: string | undefined;
  indent: number;
  color: boolean | undefined;
}

export function compile(options: CompileCommandOptions, io: Io): number {
  const checked = checkFile(options.file);
  if (!checked.ok) {
    io.stderr(`natsconf: ${checked.message}\n`);
    return EXIT.failure;
  }
  const compiled = compileConfig(checked.config, { indent: options.indent });
  const diagnostics = [...checked.diagnostics, ...compiled.diagnostics];
  const hasErrors = diagnostics.some((d) => d.severity === "error");
  if (diagnostics.length > 0) {
    printReport(io, diagnostics, checked.config.sources, 1, {
      color: options.color,
      stream: "stderr",
    });
  }
  if (hasErrors || compiled.json === null) {
    io.stderr("natsconf: nothing written because of the errors above.\n");
    return EXIT.problems;
  }

  if (options.output === undefined || options.output === "-") {
    io.stdout(compiled.json);
    return EXIT.ok;
  }
  try {
    writeFileAtomic(options.output, compiled.json);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    io.stderr(`natsconf: cannot write ${options.output}: ${reason}\n`);
    return EXIT.failure;
  }
  return EXIT.ok;
}
