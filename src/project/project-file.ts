// The project file, .natsconf.json: settings that apply to every config in a
// folder tree. natsconf finds it by searching upward from the linted file.
//
//   {
//     "serverVersion": "2.10",
//     "rules": { "tls-verify-no-ca": "off", "auth-plaintext-password": "error" },
//     "checkFiles": true,
//     "expiryDays": 30
//   }

import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

import type { SeveritySetting } from "../rules/run.js";
import { suggest } from "../rules/suggest.js";
import { checkTargetVersion, parseServerVersion, type ServerVersion } from "../target/version.js";

export const PROJECT_FILE_NAME = ".natsconf.json";

export interface ProjectSettings {
  /** The file the settings came from. */
  path: string;
  serverVersion: ServerVersion | undefined;
  severities: Map<string, SeveritySetting>;
  /** "checkFiles": read the files that tls blocks name, as lint --check-files does. */
  checkFiles: boolean | undefined;
  /** "expiryDays": as lint --expiry-days. */
  expiryDays: number | undefined;
}

export type ProjectLoad = { ok: true; settings: ProjectSettings } | { ok: false; message: string };

const SEVERITY_SETTINGS: readonly SeveritySetting[] = ["error", "warning", "info", "off"];
const MAX_PROJECT_FILE_BYTES = 1 << 20;
/** The largest "expiryDays" and --expiry-days: 100 years. */
export const MAX_EXPIRY_DAYS = 36_500;

/** Returns the nearest .natsconf.json in `folder` or a parent folder, or undefined. */
export function findProjectFile(folder: string): string | undefined {
  let current = resolve(folder);
  for (;;) {
    const candidate = join(current, PROJECT_FILE_NAME);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(current);
    if (parent === current) return undefined;
    current = parent;
  }
}

/**
 * Reads and checks a project file. `ruleIds` are the known rules, so that a
 * misspelt id is an error instead of a setting that silently does nothing.
 */
export function loadProjectFile(path: string, ruleIds: readonly string[]): ProjectLoad {
  const fail = (problem: string): ProjectLoad => ({ ok: false, message: `${path}: ${problem}` });
  let text: string;
  try {
    if (!statSync(path).isFile()) return fail("is not a regular file.");
    if (statSync(path).size > MAX_PROJECT_FILE_BYTES) return fail("is larger than 1 MiB.");
    text = readFileSync(path, "utf8");
  } catch (error) {
    return fail(`cannot be read (${(error as NodeJS.ErrnoException).code ?? "unknown error"}).`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return fail(`is not valid JSON: ${(error as Error).message}.`);
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    return fail('must hold a JSON object, such as { "serverVersion": "2.10" }.');
  }

  const settings: ProjectSettings = {
    path,
    serverVersion: undefined,
    severities: new Map(),
    checkFiles: undefined,
    expiryDays: undefined,
  };
  for (const [field, value] of Object.entries(data as Record<string, unknown>)) {
    switch (field) {
      case "$schema":
        break;
      case "serverVersion": {
        if (typeof value !== "string")
          return fail('"serverVersion" must be a string such as "2.10.4".');
        const version = parseServerVersion(value);
        if (version === undefined)
          return fail(`"serverVersion" is "${value}"; write a version such as "2.10" or "2.9.10".`);
        const problem = checkTargetVersion(version);
        if (problem !== undefined) return fail(`"serverVersion" is "${value}": ${problem}.`);
        settings.serverVersion = version;
        break;
      }
      case "rules": {
        if (typeof value !== "object" || value === null || Array.isArray(value))
          return fail(
            '"rules" must be an object of rule id to "error", "warning", "info" or "off".',
          );
        const known = new Set(ruleIds);
        for (const [id, setting] of Object.entries(value as Record<string, unknown>)) {
          if (!known.has(id)) {
            const guess = suggest(id, ruleIds);
            const hint =
              guess === undefined
                ? 'run "natsconf rules" for the list'
                : `did you mean "${guess}"?`;
            return fail(`"rules" names "${id}", which is not a natsconf rule; ${hint}`);
          }
          if (!SEVERITY_SETTINGS.includes(setting as SeveritySetting))
            return fail(`"rules"."${id}" must be "error", "warning", "info" or "off".`);
          settings.severities.set(id, setting as SeveritySetting);
        }
        break;
      }
      case "checkFiles":
        if (typeof value !== "boolean") return fail('"checkFiles" must be true or false.');
        settings.checkFiles = value;
        break;
      case "expiryDays":
        if (
          typeof value !== "number" ||
          !Number.isInteger(value) ||
          value < 0 ||
          value > MAX_EXPIRY_DAYS
        )
          return fail(`"expiryDays" must be a whole number of days from 0 to ${MAX_EXPIRY_DAYS}.`);
        settings.expiryDays = value;
        break;
      default:
        return fail(
          `unknown field "${field}"; the fields are "serverVersion", "rules", "checkFiles" and "expiryDays".`,
        );
    }
  }
  return { ok: true, settings };
}
