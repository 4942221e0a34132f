// natsconf parse FILE: prints the value tree as nats-server's parser builds it,
// in the typed form {"t": TYPE, "v": VALUE}.

import {
  loadConfig,
  type LoadFailure,
  type LoadOptions,
  type LoadedConfig,
} from "../../resolve/load.js";
import { streamTypedJson } from "../../resolve/typed-json.js";
import { loadInput } from "../input.js";
import { EXIT, type Io } from "../io.js";
import { printReport } from "../report.js";

export interface ParseCommandOptions {
  /** The config file; `-` reads standard input. */
  file: string;
  color: boolean | undefined;
  stdinFilename: string | undefined;
}

export type ParsedFile = (LoadedConfig & { rejected: boolean }) | LoadFailure;

/**
 * Parses a file as the parse command does; `rejected` is true when nats-server's
 * parser would reject it.
 */
export function parseFile(file: string, load: LoadOptions = {}): ParsedFile {
  const loaded = loadConfig(file, load);
  return loaded.ok ? withVerdict(loaded) : loaded;
}

function withVerdict(loaded: LoadedConfig): ParsedFile {
  return { ...loaded, rejected: loaded.diagnostics.some((d) => d.severity === "error") };
}

export function parse(options: ParseCommandOptions, io: Io): number {
  const loaded = loadInput(options.file, options.stdinFilename, io);
  const parsed: ParsedFile = loaded.ok ? withVerdict(loaded) : loaded;
  if (!parsed.ok) {
    io.stderr(`natsconf: ${parsed.message}\n`);
    return EXIT.failure;
  }
  if (parsed.diagnostics.length > 0) {
    printReport(io, parsed.diagnostics, parsed.sources, 1, {
      color: options.color,
      stream: "stderr",
    });
  }
  if (parsed.rejected) return EXIT.problems;
  streamTypedJson(parsed.root, 1, (chunk) => io.stdout(chunk));
  return EXIT.ok;
}
