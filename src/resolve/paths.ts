// Include paths, joined the way nats-server joins them.

import { posix, win32 } from "node:path";

const pathApi = process.platform === "win32" ? win32 : posix;

/**
 * Joins an include path onto the directory of the including file, as Go's
 * filepath.Join does in nats-server (v2.9.10 to v2.14): even an absolute path is
 * appended to that directory, and the result is cleaned.
 */
export function joinIncludePath(includingFile: string, includePath: string): string {
  const directory = pathApi.dirname(includingFile);
  const joined = pathApi.join(directory, includePath);
  return joined === "" ? "." : joined;
}

export function isAbsoluteIncludePath(includePath: string): boolean {
  return pathApi.isAbsolute(includePath);
}
