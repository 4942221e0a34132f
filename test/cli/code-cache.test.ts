// bin/natsconf compiles the bundle with the V8 code cache that the build writes
// (bin/code-cache.cjs). These tests run copies of the built package: the cache
// must be used as built, never trusted when the bundle or the cache changed,
// written again by lint when missing, and never break a run. A rewrite replaces
// the file by renaming, so a new inode means the cache was not used.

import { spawnSync } from "node:child_process";
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  truncateSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { afterAll, describe, expect, test } from "vitest";

import { REPOSITORY_ROOT } from "../support/corpus.js";

const CACHE_FOLDER = join("dist", "code-cache");

const copies: string[] = [];
afterAll(() => {
  for (const copy of copies) rmSync(copy, { recursive: true, force: true });
});

/** Copies the built package, with or without its code cache, into a temporary folder. */
function copyPackage(withCache: boolean): string {
  const copy = mkdtempSync(join(tmpdir(), "natsconf-cache-"));
  copies.push(copy);
  cpSync(join(REPOSITORY_ROOT, "bin"), join(copy, "bin"), { recursive: true });
  mkdirSync(join(copy, "dist"));
  copyFileSync(join(REPOSITORY_ROOT, "dist", "natsconf.js"), join(copy, "dist", "natsconf.js"));
  if (withCache) {
    cpSync(join(REPOSITORY_ROOT, CACHE_FOLDER), join(copy, CACHE_FOLDER), { recursive: true });
  }
  copyFileSync(join(REPOSITORY_ROOT, "package.json"), join(copy, "package.json"));
  symlinkSync(join(REPOSITORY_ROOT, "docs"), join(copy, "docs"));
  writeFileSync(join(copy, "small.conf"), "port: 4222\n");
  return copy;
}

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the copy's bin/natsconf as a plain `node` would, without NODE_OPTIONS unless given. */
function natsconf(copy: string, args: string[], nodeOptions?: string): Run {
  const result = spawnSync(process.execPath, ["--", join(copy, "bin", "natsconf"), ...args], {
    cwd: copy,
    encoding: "utf8",
    env: { ...process.env, NODE_OPTIONS: nodeOptions, NO_COLOR: "1" },
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const lint = (copy: string, nodeOptions?: string) =>
  natsconf(copy, ["lint", "small.conf"], nodeOptions);

/** Returns the cache files of a copy, by name, with their inodes. */
function cacheFiles(copy: string): Map<string, number> {
  const folder = join(copy, CACHE_FOLDER);
  if (!existsSync(folder)) return new Map();
  const names = readdirSync(folder).filter((name) => name.endsWith(".bin"));
  return new Map(names.map((name) => [name, statSync(join(folder, name)).ino]));
}

function expectClean(run: Run): void {
  expect(run.stderr).toBe("");
  expect(run.status).toBe(0);
  expect(run.stdout).toContain("No problems");
}

test("the build writes the cache for plain node", () => {
  // A script file rather than node -e, whose code would count among the flags.
  const folder = mkdtempSync(join(tmpdir(), "natsconf-cache-name-"));
  copies.push(folder);
  const script = join(folder, "name.cjs");
  const loader = JSON.stringify(join(REPOSITORY_ROOT, "bin", "code-cache.cjs"));
  writeFileSync(script, `process.stdout.write(require(${loader}).cacheFile());\n`);
  const located = spawnSync(process.execPath, [script], {
    encoding: "utf8",
    env: { ...process.env, NODE_OPTIONS: undefined },
  });
  expect(located.stderr).toBe("");
  expect(located.stdout).toMatch(/code-cache[/\\][0-9a-f]{16}\.bin$/);
  expect(statSync(located.stdout).size).toBeGreaterThan(100_000);
});

test("the build's cache is used as it is", () => {
  const copy = copyPackage(true);
  const before = cacheFiles(copy);
  expectClean(lint(copy));
  expect(cacheFiles(copy)).toEqual(before);
});

describe("a missing cache", () => {
  test("is written by lint and used on the next run", () => {
    const copy = copyPackage(false);
    expectClean(lint(copy));
    const written = cacheFiles(copy);
    expect(written.size).toBe(1);
    expectClean(lint(copy));
    expect(cacheFiles(copy)).toEqual(written);
  });

  test("is written with stale temporary files removed", () => {
    const copy = copyPackage(false);
    const folder = join(copy, CACHE_FOLDER);
    mkdirSync(folder);
    const stale = join(folder, "0123456789abcdef.bin.1-00000000.tmp");
    const recent = join(folder, "0123456789abcdef.bin.2-00000000.tmp");
    writeFileSync(stale, "left by a killed run");
    writeFileSync(recent, "another run is writing");
    const twoHoursAgo = new Date(Date.now() - 2 * 60 * 60 * 1000);
    utimesSync(stale, twoHoursAgo, twoHoursAgo);
    expectClean(lint(copy));
    expect(existsSync(stale)).toBe(false);
    expect(existsSync(recent)).toBe(true);
  });

  test("is not written by --help", () => {
    const copy = copyPackage(false);
    expect(natsconf(copy, ["--help"]).status).toBe(0);
    expect(cacheFiles(copy).size).toBe(0);
  });
});

test("other NODE_OPTIONS get a cache of their own", () => {
  const copy = copyPackage(true);
  const plain = cacheFiles(copy);
  expectClean(lint(copy, "--max-old-space-size=300"));
  const both = cacheFiles(copy);
  expect(both.size).toBe(2);
  for (const [name, inode] of plain) expect(both.get(name)).toBe(inode);
  expectClean(lint(copy));
  expectClean(lint(copy, "--max-old-space-size=300"));
  expect(cacheFiles(copy)).toEqual(both);
});

test("runs with many different flags keep a few caches", () => {
  const copy = copyPackage(true);
  const [build] = [...cacheFiles(copy).keys()];
  for (let run = 0; run < 6; run++) expectClean(lint(copy, `--title=natsconf-${run}`));
  const names = [...cacheFiles(copy).keys()];
  expect(names).toContain(build);
  expect(names).toHaveLength(1 + 4);
});

describe("a cache that does not match", () => {
  /** Returns the path of the only cache file of a copy. */
  function onlyCache(copy: string): string {
    const [name] = [...cacheFiles(copy).keys()];
    return join(copy, CACHE_FOLDER, name!);
  }

  test("is replaced when its data is damaged", () => {
    const copy = copyPackage(true);
    const file = onlyCache(copy);
    const bytes = readFileSync(file);
    bytes.fill(0x5a, 200_000, 205_000);
    writeFileSync(file, bytes);
    const damaged = statSync(file).ino;
    expectClean(lint(copy));
    expect(statSync(file).ino).not.toBe(damaged);
  });

  test("is replaced when data is appended", () => {
    const copy = copyPackage(true);
    const file = onlyCache(copy);
    writeFileSync(file, Buffer.concat([readFileSync(file), Buffer.alloc(1000)]));
    const appended = statSync(file).ino;
    expectClean(lint(copy));
    expect(statSync(file).ino).not.toBe(appended);
  });

  test("is not read when it is far too large", () => {
    const copy = copyPackage(true);
    const file = onlyCache(copy);
    truncateSync(file, 200 * 1024 * 1024);
    const huge = statSync(file).ino;
    expectClean(lint(copy));
    expect(statSync(file).ino).not.toBe(huge);
    expect(statSync(file).size).toBeLessThan(10 * 1024 * 1024);
  });

  test("is not opened when it is a FIFO", () => {
    const copy = copyPackage(true);
    const file = onlyCache(copy);
    rmSync(file);
    expect(spawnSync("mkfifo", [file]).status).toBe(0);
    const run = lint(copy);
    expectClean(run);
  });

  test("is not used for a bundle edited in place", () => {
    const copy = copyPackage(true);
    const bundle = join(copy, "dist", "natsconf.js");
    const text = readFileSync(bundle, "utf8");
    expect(text).toContain("No problems in");
    // The same length, which is all that V8 itself compares.
    writeFileSync(bundle, text.replace("No problems in", "No PROBLEMS in"));
    const run = lint(copy);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("No PROBLEMS in");
  });
});

describe("runs without a usable cache folder", () => {
  test("work when the cache cannot be written", () => {
    const copy = copyPackage(false);
    // A file where the cache folder belongs: creating the folder fails.
    writeFileSync(join(copy, CACHE_FOLDER), "");
    expectClean(lint(copy));
    expect(readdirSync(join(copy, "dist")).filter((name) => name.endsWith(".tmp"))).toEqual([]);
  });

  test("report a missing bundle with the command that builds it", () => {
    const copy = copyPackage(false);
    rmSync(join(copy, "dist"), { recursive: true });
    const run = lint(copy);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("npm run build");
  });
});
