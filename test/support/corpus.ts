// Locates the conformance corpus: real nats-server configs with the result of
// the server's own parser for each.

import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The folder of natsconf's package.json, found upward from this module (or its bundle). */
export const REPOSITORY_ROOT = findRepositoryRoot(dirname(fileURLToPath(import.meta.url)));

function findRepositoryRoot(start: string): string {
  for (let folder = start; ; folder = dirname(folder)) {
    if (existsSync(join(folder, "package.json"))) return folder;
    if (dirname(folder) === folder) return resolve(start, "..", "..");
  }
}

/**
 * Returns the corpus folder: NATSCONF_CORPUS when set, otherwise a `shared/corpus`
 * folder beside the repository or beside its parent.
 */
export function corpusRoot(): string {
  const configured = process.env["NATSCONF_CORPUS"];
  const candidates =
    configured !== undefined
      ? [configured]
      : [
          join(REPOSITORY_ROOT, "..", "shared", "corpus"),
          join(REPOSITORY_ROOT, "..", "..", "shared", "corpus"),
        ];
  const found = candidates.find((candidate) => existsSync(join(candidate, "VERDICTS.tsv")));
  if (found === undefined) {
    throw new Error(
      `Conformance corpus not found (looked in ${candidates.join(", ")}). ` +
        "Set NATSCONF_CORPUS to the folder that holds VERDICTS.tsv.",
    );
  }
  return found;
}

export interface VerdictRow {
  path: string;
  parseOk: boolean;
  parseError: string;
  server29Ok: boolean;
  server29FirstMessage: string;
  failsOnlyOnNewerKeys: boolean;
  verdictVaries: boolean;
  serverCwd: string;
}

/**
 * Splits tab-separated text into rows. Fields may be quoted with double quotes,
 * with "" for a quote inside, and may then hold tabs and newlines.
 */
function parseTsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c === '"' && field === "") {
      quoted = true;
    } else if (c === "\t") {
      row.push(field);
      field = "";
    } else if (c === "\n" || (c === "\r" && text[i + 1] === "\n")) {
      if (c === "\r") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else {
      field += c;
    }
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

export function readVerdicts(root: string = corpusRoot()): VerdictRow[] {
  const table = parseTsv(readFileSync(join(root, "VERDICTS.tsv"), "utf8"));
  const header = table[0]!;
  const column = (name: string): number => {
    const index = header.indexOf(name);
    if (index < 0) throw new Error(`VERDICTS.tsv has no column ${name}`);
    return index;
  };
  const columns = {
    path: column("path"),
    parseOk: column("parse_ok"),
    parseError: column("parse_error"),
    server29Ok: column("server_2_9_ok"),
    server29FirstMessage: column("server_2_9_first_message"),
    newerKeys: column("fails_only_on_newer_keys"),
    varies: column("verdict_varies_between_runs"),
    cwd: column("server_cwd"),
  };
  return table.slice(1).map((cells) => {
    return {
      path: cells[columns.path]!,
      parseOk: cells[columns.parseOk] === "yes",
      parseError: cells[columns.parseError] ?? "",
      server29Ok: cells[columns.server29Ok] === "yes",
      server29FirstMessage: cells[columns.server29FirstMessage] ?? "",
      failsOnlyOnNewerKeys: cells[columns.newerKeys] === "yes",
      verdictVaries: cells[columns.varies] === "yes",
      serverCwd: cells[columns.cwd] ?? "",
    };
  });
}

export function readExpected(root: string, path: string): unknown {
  return JSON.parse(readFileSync(join(root, "expected", `${path}.json`), "utf8"));
}
