// Reads an environment file for --env-file: the variables that `$NAME`
// references resolve to, without exporting them into the shell.
//
// The format is the common dotenv subset: one NAME=VALUE per line, an optional
// `export ` before the name, blank lines, and lines starting with `#`. A value
// may be written bare (trailing spaces and a ` #` comment are dropped), in
// single quotes (taken literally), or in double quotes (with \n, \r, \t, \",
// \\ and \$ escapes); only a # comment may follow the closing quote. The value is then read the way nats-server reads an environment
// variable: as config text, so `PORT=4222` gives an integer and `NAME='"4222"'`
// a string.

import { readFileSync } from "node:fs";

export type EnvFileResult =
  { ok: true; variables: Map<string, string> } | { ok: false; message: string };

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

const DOUBLE_QUOTED_ESCAPES: Readonly<Record<string, string>> = {
  n: "\n",
  t: "\t",
  r: "\r",
  '"': '"',
  "\\": "\\",
  $: "$",
};

/** Reads and parses an environment file. Messages name lines, never values, which may be secrets. */
export function readEnvFile(path: string): EnvFileResult {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    let reason = code ?? "read failed";
    if (code === "ENOENT") reason = "file not found";
    if (code === "EISDIR") reason = "is a directory";
    return { ok: false, message: `cannot read --env-file ${path}: ${reason}` };
  }
  return parseEnvFile(path, text);
}

export function parseEnvFile(path: string, text: string): EnvFileResult {
  const variables = new Map<string, string>();
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!.trim();
    if (line === "" || line.startsWith("#")) continue;
    const where = `${path}:${index + 1}`;
    const assignment = line.startsWith("export ") ? line.slice("export ".length).trimStart() : line;
    const equals = assignment.indexOf("=");
    if (equals < 0) {
      return { ok: false, message: `${where}: expected NAME=VALUE; this line has no "="` };
    }
    const name = assignment.slice(0, equals).trim();
    if (!NAME.test(name)) {
      return {
        ok: false,
        // The text before "=" may be the end of a secret that wrapped onto this line.
        message: `${where}: the text before "=" is not a valid variable name (letters, digits and _, not starting with a digit)`,
      };
    }
    const value = readValue(assignment.slice(equals + 1).trim());
    if (value === undefined) {
      return { ok: false, message: `${where}: the quoted value of ${name} has no closing quote` };
    }
    if (value === null) {
      return {
        ok: false,
        message: `${where}: text follows the closing quote of ${name}'s value; put all of the value inside the quotes`,
      };
    }
    variables.set(name, value);
  }
  return { ok: true, variables };
}

/** Returns `value` when only spaces or a # comment follow the closing quote, else null. */
function afterQuote(rest: string, value: string): string | null {
  return /^\s*(#.*)?$/.test(rest) ? value : null;
}

/**
 * Returns the value of a NAME=VALUE line: undefined when a quote is not
 * closed, null when text follows the closing quote.
 */
function readValue(raw: string): string | undefined | null {
  const quote = raw[0];
  if (quote === "'") {
    const end = raw.indexOf("'", 1);
    return end < 0 ? undefined : afterQuote(raw.slice(end + 1), raw.slice(1, end));
  }
  if (quote === '"') {
    let value = "";
    for (let i = 1; i < raw.length; i++) {
      const char = raw[i]!;
      if (char === '"') return afterQuote(raw.slice(i + 1), value);
      if (char === "\\" && i + 1 < raw.length) {
        const next = raw[i + 1]!;
        value += DOUBLE_QUOTED_ESCAPES[next] ?? `\\${next}`;
        i++;
      } else {
        value += char;
      }
    }
    return undefined;
  }
  // A bare value ends at a # that follows a space.
  const comment = raw.search(/\s#/);
  return (comment < 0 ? raw : raw.slice(0, comment)).trimEnd();
}

/**
 * Returns the environment for `$NAME` lookups: the process environment with
 * the variables of the env file on top, so the file wins where both set a name.
 */
export function layerEnvironment(
  base: NodeJS.ProcessEnv,
  envFile: string | undefined,
): { ok: true; env: Record<string, string | undefined> } | { ok: false; message: string } {
  if (envFile === undefined) return { ok: true, env: base };
  const read = readEnvFile(envFile);
  if (!read.ok) return read;
  return { ok: true, env: { ...base, ...Object.fromEntries(read.variables) } };
}
