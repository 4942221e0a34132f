// Runs the real pre-commit framework for tests, and prepares the git repositories it
// installs hooks from and runs them in.

import { spawnSync } from "node:child_process";
import { accessSync, constants, copyFileSync, mkdirSync, statSync, writeFileSync } from "node:fs";
import { delimiter, dirname, join } from "node:path";

const INSTALL_HINT =
  "Install it with `apt-get install -y pre-commit` (Debian and Ubuntu; .ci/run does this), " +
  "or put a pre-commit executable on PATH.";

/** Returns the path of the pre-commit executable on PATH, or throws with install instructions. */
export function findPreCommit(): string {
  const searchPath = process.env["PATH"] ?? "";
  for (const directory of searchPath.split(delimiter)) {
    if (directory === "") continue;
    const candidate = join(directory, "pre-commit");
    try {
      accessSync(candidate, constants.X_OK);
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      continue;
    }
  }
  throw new Error(`pre-commit was not found on PATH (${searchPath}). ${INSTALL_HINT}`);
}

export interface CommandResult {
  status: number | null;
  /** stdout followed by stderr. */
  output: string;
}

/**
 * Runs a command in `cwd` and returns its exit status and output. Throws when it cannot be
 * started or times out, because neither is a verdict of the command.
 */
export function runCommand(
  command: string,
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv = {},
  timeoutMs = 60_000,
): CommandResult {
  const result = spawnSync(command, args, {
    cwd,
    env: { ...process.env, ...env },
    encoding: "utf8",
    timeout: timeoutMs,
  });
  if (result.error !== undefined) {
    throw new Error(
      `Failed to run ${command} ${args.join(" ")} in ${cwd}: ${result.error.message}`,
    );
  }
  return { status: result.status, output: result.stdout + result.stderr };
}

/** Runs git in `cwd` and returns its output. Throws with that output when git fails. */
export function git(cwd: string, ...args: string[]): string {
  const result = runCommand("git", args, cwd, GIT_ENV);
  if (result.status !== 0) {
    throw new Error(`git ${args.join(" ")} in ${cwd} exited ${result.status}:\n${result.output}`);
  }
  return result.output.trim();
}

/**
 * Author and committer for test repositories, so that commits work on machines with no
 * git identity. Variables that point git at another repository are cleared, because a test
 * run from inside a git hook inherits them.
 */
export const GIT_ENV: NodeJS.ProcessEnv = {
  GIT_AUTHOR_NAME: "natsconf test",
  GIT_AUTHOR_EMAIL: "test@example.invalid",
  GIT_COMMITTER_NAME: "natsconf test",
  GIT_COMMITTER_EMAIL: "test@example.invalid",
  GIT_DIR: undefined,
  GIT_WORK_TREE: undefined,
  GIT_INDEX_FILE: undefined,
};

/**
 * Copies the files of the work tree at `source` that git tracks or would track (everything
 * not ignored) into a new repository at `target`, commits them and returns the commit id.
 *
 * pre-commit installs hooks only from a commit of a git repository. A snapshot of the work
 * tree lets the tests cover uncommitted changes to the hooks and the package too.
 */
export function snapshotRepository(source: string, target: string): string {
  const listed = git(source, "ls-files", "-z", "--cached", "--others", "--exclude-standard");
  mkdirSync(target, { recursive: true });
  for (const path of new Set(listed.split("\0"))) {
    if (path === "") continue;
    const from = join(source, path);
    try {
      if (!statSync(from).isFile()) continue;
    } catch {
      // Tracked but deleted in the work tree.
      continue;
    }
    mkdirSync(dirname(join(target, path)), { recursive: true });
    copyFileSync(from, join(target, path));
  }
  git(target, "init", "--quiet");
  git(target, "add", "--all");
  git(target, "commit", "--quiet", "--no-verify", "--message", "Snapshot for pre-commit tests");
  return git(target, "rev-parse", "HEAD");
}

/** Creates an empty git repository at `directory` with the given files, none of them staged. */
export function createRepository(directory: string, files: Record<string, string>): void {
  mkdirSync(directory, { recursive: true });
  git(directory, "init", "--quiet");
  for (const [name, text] of Object.entries(files)) writeFileSync(join(directory, name), text);
}
