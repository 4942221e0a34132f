// Loads a config: reads the main file, parses it, and resolves includes and
// variables into the value tree that nats-server would build.

import { compareDiagnostics, type Diagnostic } from "../diagnostics/diagnostic.js";
import { readSource, sourceFromBytes, type ReadFailure, type ReadResult } from "../read.js";
import type { SourceFile } from "../source.js";
import { parseSource } from "../syntax/parse.js";
import { normaliseRanges } from "../syntax/secrets.js";
import type { DocumentNode } from "../syntax/tree.js";
import { Evaluator, rootFrame, type Environment } from "./evaluate.js";
import type { MapValue } from "./values.js";

export interface LoadOptions {
  /** Environment for `$NAME` lookups; defaults to the process environment. */
  env?: Environment;
  /** Reads files; tests replace it. */
  readFile?: (path: string) => ReadResult;
}

export interface LoadedConfig {
  ok: true;
  source: SourceFile;
  document: DocumentNode;
  /** The resolved config, present even with errors: what could be read. */
  root: MapValue;
  /** Every file read, main file first. */
  sources: Map<string, SourceFile>;
  diagnostics: Diagnostic[];
}

export interface LoadFailure {
  ok: false;
  failure: ReadFailure;
  message: string;
}

export function loadConfig(path: string, options: LoadOptions = {}): LoadedConfig | LoadFailure {
  const readFile = options.readFile ?? readSource;
  const read = readFile(path);
  if (!read.ok) return { ok: false, failure: read.failure, message: read.message };
  return resolveSource(read.source, read.diagnostics, { ...options, readFile });
}

/** Loads a config from bytes, such as standard input; includes resolve against `path`. */
export function loadConfigBytes(
  path: string,
  bytes: Uint8Array,
  options: LoadOptions = {},
): LoadedConfig {
  const { source, diagnostics } = sourceFromBytes(path, bytes);
  return resolveSource(source, diagnostics, {
    ...options,
    readFile: options.readFile ?? readSource,
  });
}

/** Loads a config from text, for tests; includes resolve against `path`. */
export function loadConfigText(
  path: string,
  text: string,
  options: LoadOptions = {},
): LoadedConfig {
  return loadConfigBytes(path, Buffer.from(text, "utf8"), options);
}

function resolveSource(
  source: SourceFile,
  readDiagnostics: Diagnostic[],
  options: LoadOptions & { readFile: (path: string) => ReadResult },
): LoadedConfig {
  const diagnostics = [...readDiagnostics];
  const sources = new Map([[source.path, source]]);
  const parsed = parseSource(source);
  for (const diagnostic of parsed.diagnostics) diagnostics.push(diagnostic);

  const context = {
    env: options.env ?? process.env,
    readFile: options.readFile,
    diagnostics,
    sources,
  };
  const root = new Evaluator(context, parsed.document, [], [rootFrame(source.path)]).evaluate();
  diagnostics.sort(compareDiagnostics);
  // Variables may have added secret ranges out of order.
  for (const file of sources.values()) file.secretRanges = normaliseRanges(file.secretRanges);
  return { ok: true, source, document: parsed.document, root, sources, diagnostics };
}
