// Reads the config a command works on: a file, or standard input for `-`.

import type { Environment } from "../resolve/evaluate.js";
import {
  loadConfig,
  loadConfigBytes,
  type LoadFailure,
  type LoadedConfig,
} from "../resolve/load.js";
import type { Io } from "./io.js";

/** Path shown for standard input when --stdin-filename is not given. */
export const STDIN_PATH = "<stdin>";

/**
 * Loads `file`, or standard input when it is `-`. Includes in standard input
 * resolve against the directory of `stdinFilename`, or the working directory.
 * `env` is what `$NAME` references resolve to (default: the process environment).
 */
export function loadInput(
  file: string,
  stdinFilename: string | undefined,
  io: Io,
  env: Environment = io.env,
): LoadedConfig | LoadFailure {
  if (file !== "-") return loadConfig(file, { env });
  let bytes: Buffer;
  try {
    bytes = io.readStdin();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, failure: "unreadable", message: `cannot read standard input: ${reason}` };
  }
  return loadConfigBytes(stdinFilename ?? STDIN_PATH, bytes, { env });
}
