// Writes an output file atomically: a temporary file in the same directory,
// renamed over the target, so readers never see half a file.

import {
  closeSync,
  fchmodSync,
  fsyncSync,
  lstatSync,
  openSync,
  readlinkSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from "node:fs";
import { basename, dirname, join, resolve } from "node:path";

/** A failure to write the output, with a message for the user. */
export class OutputError extends Error {}

/** Mode of a new output file: compiled configs often contain passwords. */
const NEW_FILE_MODE = 0o600;

function describe(error: unknown, path: string): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case "ENOENT":
      return `cannot write ${path}: the directory ${dirname(path)} does not exist`;
    case "EACCES":
    case "EPERM":
      return `cannot write ${path}: permission denied`;
    case "EISDIR":
      return `cannot write ${path}: it is a directory`;
    case "ENOSPC":
      return `cannot write ${path}: no space left on the device`;
    case "EROFS":
      return `cannot write ${path}: the file system is read-only`;
    default:
      return `cannot write ${path}: ${code ?? String(error)}`;
  }
}

/**
 * Returns the file that output for `path` goes to (through a symbolic link, to
 * the link's target) and the mode it gets: the mode of the file it replaces,
 * or NEW_FILE_MODE.
 */
export function resolveOutputPath(path: string): { target: string; mode: number } {
  let target = path;
  try {
    if (lstatSync(path).isSymbolicLink()) {
      try {
        target = realpathSync(path);
      } catch {
        target = resolve(dirname(path), readlinkSync(path));
      }
    }
  } catch {
    return { target, mode: NEW_FILE_MODE };
  }
  try {
    const stats = statSync(target);
    if (stats.isDirectory()) throw new OutputError(`cannot write ${path}: it is a directory`);
    // Renaming over a device, pipe or socket would replace it with a plain file
    // (as root, even /dev/null).
    if (!stats.isFile()) {
      throw new OutputError(
        `cannot write ${path}: it is not a regular file (a device, pipe or socket); name a regular file, or leave out -o to write to standard output`,
      );
    }
    return { target, mode: stats.mode & 0o777 };
  } catch (error) {
    if (error instanceof OutputError) throw error;
    return { target, mode: NEW_FILE_MODE };
  }
}

/** Signals that would end the process while the temporary file exists, with the exit code each gives (128 + its number). */
const INTERRUPTS = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const;

export function writeFileAtomic(path: string, text: string): void {
  const { target, mode } = resolveOutputPath(path);
  const random = Math.random().toString(36).slice(2, 10);
  const temporary = join(dirname(target), `.${basename(target)}.${process.pid}.${random}.tmp`);
  // With a listener installed, an interrupt no longer kills the process in the
  // middle of the write. The write is synchronous, so the listener runs after
  // it, when the temporary file is renamed or removed; it then ends the process.
  const interrupted = (signal: NodeJS.Signals): void => {
    rmSync(temporary, { force: true });
    process.exit(INTERRUPTS[signal as keyof typeof INTERRUPTS]);
  };
  const signals = Object.keys(INTERRUPTS) as (keyof typeof INTERRUPTS)[];
  for (const signal of signals) process.once(signal, interrupted);
  let descriptor: number | null = null;
  try {
    descriptor = openSync(temporary, "wx", mode);
    // The umask may have narrowed the mode given to open.
    fchmodSync(descriptor, mode);
    writeSync(descriptor, text);
    fsyncSync(descriptor);
    closeSync(descriptor);
    descriptor = null;
    renameSync(temporary, target);
  } catch (error) {
    if (descriptor !== null) closeSync(descriptor);
    rmSync(temporary, { force: true });
    throw new OutputError(describe(error, path));
  } finally {
    for (const signal of signals) process.removeListener(signal, interrupted);
  }
}
