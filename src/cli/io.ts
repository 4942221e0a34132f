// The only place that touches the terminal: everything the CLI prints goes
// through an Io, so that commands stay testable.

import { readFileSync } from "node:fs";

export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Reads all of standard input. */
  readStdin(): Buffer;
  readonly env: NodeJS.ProcessEnv;
  readonly stdoutIsTTY: boolean;
  readonly stderrIsTTY: boolean;
}

/**
 * Ends the process quietly when the reader of our output goes away, as with
 * `natsconf parse big.conf | head`, instead of printing a stack trace.
 */
function exitOnWriteError(stream: NodeJS.WriteStream): void {
  stream.on("error", handleWriteError);
}

/** Exits on a failed write: quietly for a closed pipe, with one line otherwise. */
function handleWriteError(error: NodeJS.ErrnoException): never {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  const reason =
    error.code === "ENOSPC" ? "no space left on the device" : (error.code ?? error.message);
  process.stderr.write(`natsconf: cannot write the output: ${reason}\n`);
  process.exit(EXIT.failure);
}

/** Writes to a stream; writes to files are synchronous and throw instead of emitting. */
function write(stream: NodeJS.WriteStream, text: string): void {
  try {
    stream.write(text);
  } catch (error) {
    handleWriteError(error as NodeJS.ErrnoException);
  }
}

export function processIo(): Io {
  exitOnWriteError(process.stdout);
  exitOnWriteError(process.stderr);
  return {
    stdout: (text) => write(process.stdout, text),
    stderr: (text) => write(process.stderr, text),
    readStdin: () => readFileSync(0),
    env: process.env,
    stdoutIsTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
  };
}

/** Exit codes of every command. */
export const EXIT = {
  /** No errors, and warnings within --max-warnings. */
  ok: 0,
  /** Errors found, or more warnings than --max-warnings allows. */
  problems: 1,
  /** Bad usage, an unreadable input file, or an internal error. */
  failure: 2,
} as const;
