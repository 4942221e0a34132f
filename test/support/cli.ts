// Runs the natsconf command line as a user would, from bin/natsconf.

import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { REPOSITORY_ROOT } from "./corpus.js";

export const BIN = join(REPOSITORY_ROOT, "bin", "natsconf");

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(
  args: string[],
  options: { env?: NodeJS.ProcessEnv; cwd?: string; input?: string; timeoutMs?: number } = {},
): CliResult {
  // The GitHub variables would switch lint to the github format inside Actions.
  const env = {
    ...process.env,
    NO_COLOR: undefined,
    FORCE_COLOR: undefined,
    GITHUB_ACTIONS: undefined,
    GITHUB_STEP_SUMMARY: undefined,
    ...options.env,
  };
  const result = spawnSync(process.execPath, ["--", BIN, ...args], {
    cwd: options.cwd ?? REPOSITORY_ROOT,
    env,
    encoding: "utf8",
    input: options.input,
    timeout: options.timeoutMs ?? 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Creates a temporary directory with the given files and returns its path. */
export function temporaryFiles(files: Record<string, string>): string {
  const directory = mkdtempSync(join(tmpdir(), "natsconf-test-"));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(directory, name), text);
  return directory;
}

// eslint-disable-next-line no-control-regex
export const ANSI = /\u001b\[[0-9;]*m/;
