// The bundle's entry: bin/natsconf compiles dist/natsconf.js and calls start().
// Simple lint and fmt command lines skip yargs (see fast-path.ts); the rest
// goes through main.ts.

import { parseSimple } from "./fast-path.js";
import { processIo, type Io } from "./io.js";

/** Runs one command line and returns its exit code. */
export async function run(args: string[], io: Io): Promise<number> {
  const simple = parseSimple(args);
  if (simple !== undefined) {
    const { runParsed } = await import("./run.js");
    return runParsed(simple, args, io);
  }
  const { main } = await import("./main.js");
  return main(args, io);
}

/** Runs the command line of this process on the real terminal. */
export async function start(): Promise<void> {
  process.exitCode = await run(process.argv.slice(2), processIo());
}
