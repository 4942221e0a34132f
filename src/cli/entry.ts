// The program that bin/natsconf runs: the command line on the real terminal.
// Simple lint and fmt command lines skip yargs (see fast-path.ts); the rest
// goes through main.ts.

import { parseSimple } from "./fast-path.js";
import { processIo } from "./io.js";

const args = process.argv.slice(2);
const simple = parseSimple(args);
if (simple !== undefined) {
  const { runParsed } = await import("./run.js");
  process.exitCode = await runParsed(simple, args, processIo());
} else {
  const { main } = await import("./main.js");
  process.exitCode = await main(args, processIo());
}
