// Reads a config file from disk into a SourceFile, with checks that keep
// natsconf from wading through files that are not configs.

import { readFileSync, statSync } from "node:fs";

import { decodeUtf8 } from "../grammar/utf8.js";
import { createDiagnostic, type Diagnostic } from "./diagnostics/diagnostic.js";
import { SourceFile } from "./source.js";

/** Largest file natsconf reads; far above any real config. */
export const MAX_FILE_BYTES = 256 * 1024 * 1024;

/** How many leading bytes are searched for a NUL byte to detect binary files. */
const BINARY_SNIFF_BYTES = 8000;

export type ReadFailure = "not-found" | "is-directory" | "unreadable" | "too-large";

export type ReadResult =
  | { ok: true; source: SourceFile; diagnostics: Diagnostic[] }
  | { ok: false; failure: ReadFailure; message: string };

function describeError(error: unknown): string {
  if (error instanceof Error && "code" in error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EACCES" || code === "EPERM") return "permission denied";
    if (code === "ENOENT") return "no such file or directory";
    if (code === "ENOTDIR") return "a part of the path is not a directory";
    if (code === "ELOOP") return "too many symbolic links";
    return code ?? error.message;
  }
  return String(error);
}

export function readSource(path: string): ReadResult {
  let size: number;
  try {
    const stats = statSync(path);
    if (stats.isDirectory()) {
      return {
        ok: false,
        failure: "is-directory",
        message: `${path} is a directory, not a config file`,
      };
    }
    if (!stats.isFile()) {
      // Devices and FIFOs have no size, and reading them may never end or block forever.
      return { ok: false, failure: "unreadable", message: `${path} is not a regular file` };
    }
    size = stats.size;
  } catch (error) {
    const reason = describeError(error);
    const failure = reason === "no such file or directory" ? "not-found" : "unreadable";
    return { ok: false, failure, message: `cannot read ${path}: ${reason}` };
  }
  if (size > MAX_FILE_BYTES) {
    const megabytes = Math.round(size / (1024 * 1024));
    return {
      ok: false,
      failure: "too-large",
      message: `${path} is ${megabytes} MiB; natsconf reads files up to ${MAX_FILE_BYTES / (1024 * 1024)} MiB`,
    };
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    return {
      ok: false,
      failure: "unreadable",
      message: `cannot read ${path}: ${describeError(error)}`,
    };
  }
  return { ok: true, ...sourceFromBytes(path, bytes) };
}

/**
 * Decodes file bytes. A NUL byte near the start marks the file as binary, and
 * bytes that are not UTF-8 are an error: nats-server would keep them as they
 * are, but natsconf cannot reproduce them in diagnostics or compiled JSON.
 */
export function sourceFromBytes(
  path: string,
  bytes: Uint8Array,
): { source: SourceFile; diagnostics: Diagnostic[] } {
  const nulIndex = bytes.subarray(0, BINARY_SNIFF_BYTES).indexOf(0);
  if (nulIndex >= 0) {
    const source = new SourceFile(path, "");
    const diagnostic = createDiagnostic({
      code: "input/binary",
      severity: "error",
      message: `${path} looks like a binary file (a NUL byte at byte offset ${nulIndex}), not a config file.`,
      help: "Check the path. Config files are text; nats-server stops reading at a NUL byte in some places and rejects it in others.",
      span: { source, start: 0, end: 0 },
    });
    return { source, diagnostics: [diagnostic] };
  }

  const decoded = decodeUtf8(bytes);
  const text = decoded.text;
  const source = new SourceFile(path, text);
  const diagnostics: Diagnostic[] = [];
  if (decoded.firstInvalidByte >= 0) {
    const offset = decoded.firstInvalidOffset;
    diagnostics.push(
      createDiagnostic({
        code: "input/encoding",
        severity: "error",
        message: `The file is not valid UTF-8 (first bad byte at byte offset ${decoded.firstInvalidByte}).`,
        help: "Save the file as UTF-8. natsconf shows such bytes as U+FFFD and cannot compile them faithfully.",
        span: { source, start: Math.max(0, offset), end: Math.max(0, offset) + 1 },
      }),
    );
  }
  if (text.charCodeAt(0) === 0xfeff) {
    diagnostics.push(
      createDiagnostic({
        code: "input/bom",
        severity: "warning",
        message:
          "The file starts with a byte order mark, which nats-server makes part of the first key.",
        help: "Save the file as UTF-8 without a BOM.",
        span: { source, start: 0, end: 1 },
      }),
    );
  }
  return { source, diagnostics };
}
