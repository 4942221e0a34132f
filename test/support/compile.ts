// Runs `natsconf compile` through the CLI's main() inside the test process, which is much
// faster than spawning bin/natsconf once per config.

import type { Io } from "../../src/cli/io.js";
import { main } from "../../src/cli/main.js";

/** The nats-server release that the tests run (Debian's package) and that compile targets. */
export const TEST_SERVER_VERSION = "2.9.10";

export interface CompileRun {
  /** The CLI's exit status: 0 written, 1 refused because of errors, 2 usage or internal error. */
  status: number;
  stderr: string;
}

/**
 * Runs `natsconf compile --server-version TEST_SERVER_VERSION --no-color FILE -o OUTPUT` with
 * `cwd` as the working directory, then restores the previous one. `file` and `output` should
 * be absolute paths. The Io's environment is empty, so `$NAME` finds no environment variable.
 */
export async function compileInProcess(
  file: string,
  output: string,
  cwd: string,
): Promise<CompileRun> {
  let stderr = "";
  const io: Io = {
    stdout: () => {},
    stderr: (text) => {
      stderr += text;
    },
    readStdin: () => Buffer.alloc(0),
    env: {},
    stdoutIsTTY: false,
    stderrIsTTY: false,
  };
  const args = [
    "compile",
    "--server-version",
    TEST_SERVER_VERSION,
    "--no-color",
    file,
    "-o",
    output,
  ];
  const previous = process.cwd();
  process.chdir(cwd);
  try {
    const status = await main(args, io);
    return { status, stderr };
  } finally {
    process.chdir(previous);
  }
}
