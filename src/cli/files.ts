// Turns lint's file arguments into the files to check: files as they are,
// directories searched recursively for *.conf, and glob patterns expanded.

import { realpathSync, statSync } from "node:fs";
import { isAbsolute, join, resolve } from "node:path";

/** The file name pattern that a directory argument is searched for. */
export const DIRECTORY_PATTERN = "**/*.conf";

/** Folders that directory searches and patterns skip. */
const IGNORED = ["**/node_modules/**", "**/.git/**"];

/** Characters that make an argument that names no file a glob pattern. */
const GLOB_CHARACTERS = /[*?[\]{}()!]/;

export interface ExpandedInputs {
  /** Each file once, in argument order. `-` is standard input. */
  files: string[];
  /** Arguments that found no file, with a message each. */
  problems: string[];
}

function statOf(path: string): ReturnType<typeof statSync> | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

/** Identifies a file, so that two paths to it count once. */
function fileKey(path: string, cwd: string): string {
  const absolute = resolve(cwd, path);
  try {
    return realpathSync(absolute);
  } catch {
    return absolute;
  }
}

export async function expandInputs(
  inputs: readonly string[],
  cwd: string,
): Promise<ExpandedInputs> {
  const files: string[] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  const add = (path: string): void => {
    const key = path === "-" ? "-" : fileKey(path, cwd);
    if (seen.has(key)) return;
    seen.add(key);
    files.push(path);
  };

  for (const input of inputs) {
    if (input === "-") {
      files.push(input);
      continue;
    }
    const stats = statOf(resolve(cwd, input));
    if (stats?.isDirectory()) {
      const { glob } = await import("tinyglobby");
      const found = await glob(DIRECTORY_PATTERN, { cwd: resolve(cwd, input), ignore: IGNORED });
      if (found.length === 0)
        problems.push(`${input} is a directory without *.conf files, at any depth`);
      for (const path of found.sort()) add(join(input, path));
    } else if (stats === undefined && GLOB_CHARACTERS.test(input)) {
      const { glob, isDynamicPattern } = await import("tinyglobby");
      if (!isDynamicPattern(input)) {
        add(input);
        continue;
      }
      // Results come relative to cwd, unless the pattern is absolute.
      const found = await glob(input, { cwd, ignore: IGNORED, absolute: isAbsolute(input) });
      if (found.length === 0) problems.push(`no files match the pattern ${input}`);
      for (const path of found.sort()) add(path);
    } else {
      add(input);
    }
  }
  return { files, problems };
}
