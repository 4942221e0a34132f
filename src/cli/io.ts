// The only place that touches the terminal: everything the CLI prints goes
// through an Io, so that commands stay testable.

export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  readonly env: NodeJS.ProcessEnv;
  readonly stdoutIsTTY: boolean;
  readonly stderrIsTTY: boolean;
}

/**
 * Ends the process quietly when the reader of our output goes away, as with
 * `natsconf parse big.conf | head`, instead of printing a stack trace.
 */
function exitOnClosedPipe(stream: NodeJS.WriteStream): void {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
    process.exit(process.exitCode ?? 0);
  });
}

export function processIo(): Io {
  exitOnClosedPipe(process.stdout);
  exitOnClosedPipe(process.stderr);
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
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
