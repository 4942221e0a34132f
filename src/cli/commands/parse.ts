// natsconf parse FILE: prints the value tree as nats-server's parser builds it,
// in the typed form {"t": TYPE, "v": VALUE}.

import { writeJson } from "../../emit/json-text.js";
import {
  loadConfig,
  type LoadFailure,
  type LoadOptions,
  type LoadedConfig,
} from "../../resolve/load.js";
import { toTypedJson } from "../../resolve/typed-json.js";
import { EXIT, type Io } from "../io.js";
import { printReport } from "../report.js";

export interface ParseCommandOptions {
  file: string;
  color: boolean | undefined;
}

export type ParsedFile = (LoadedConfig & { rejected: boolean; json: string | null }) | LoadFailure;

/**
 * Parses a file as the parse command does: `rejected` is true when nats-server's
 * parser would reject it, and `json` holds the typed tree otherwise.
 */
export function parseFile(file: string, load: LoadOptions = {}): ParsedFile {
  const loaded = loadConfig(file, load);
  if (!loaded.ok) return loaded;
  const rejected = loaded.diagnostics.some((d) => d.severity === "error");
  const json = rejected ? null : `${writeJson(toTypedJson(loaded.root), { indent: 1 })}\n`;
  return { ...loaded, rejected, json };
}

export function parse(options: ParseCommandOptions, io: Io): number {
  const parsed = parseFile(options.file);
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
  if (parsed.json === null) return EXIT.problems;
  io.stdout(parsed.json);
  return EXIT.ok;
}
