// bin/natsconf compiles the bundle with the V8 code cache that the build writes,
// and writes a new cache when there is none or V8 rejects the one there.
// A rewrite replaces the file by renaming, so a new inode means the cache was
// missing or rejected on that run.

import { spawnSync } from "node:child_process";
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { afterAll, expect, test } from "vitest";

import { REPOSITORY_ROOT } from "../support/corpus.js";

const CONFIG = "port: 4222\n";
const CACHE = join("dist", "natsconf.code-cache");

const copies: string[] = [];
afterAll(() => {
  for (const copy of copies) rmSync(copy, { recursive: true, force: true });
});

/** Copies the built package, with or without its code cache, into a temporary folder. */
function copyPackage(withCache = false): string {
  const copy = mkdtempSync(join(tmpdir(), "natsconf-cache-"));
  copies.push(copy);
  cpSync(join(REPOSITORY_ROOT, "bin"), join(copy, "bin"), { recursive: true });
  mkdirSync(join(copy, "dist"));
  copyFileSync(join(REPOSITORY_ROOT, "dist", "natsconf.js"), join(copy, "dist", "natsconf.js"));
  copyFileSync(join(REPOSITORY_ROOT, "package.json"), join(copy, "package.json"));
  symlinkSync(join(REPOSITORY_ROOT, "docs"), join(copy, "docs"));
  if (withCache) copyFileSync(join(REPOSITORY_ROOT, CACHE), join(copy, CACHE));
  writeFileSync(join(copy, "small.conf"), CONFIG);
  return copy;
}

function lint(packageFolder: string): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(
    process.execPath,
    ["--", join(packageFolder, "bin", "natsconf"), "lint", "--no-color", "small.conf"],
    { cwd: packageFolder, encoding: "utf8", timeout: 60_000 },
  );
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function inode(file: string): number {
  return statSync(file).ino;
}

test("the build's cache is accepted", () => {
  const copy = copyPackage(true);
  const before = inode(join(copy, CACHE));
  const result = lint(copy);
  expect(result.stderr).toBe("");
  expect(result.status).toBe(0);
  expect(inode(join(copy, CACHE))).toBe(before);
});

test("a missing cache is written after the run and accepted on the next", () => {
  const copy = copyPackage();
  const first = lint(copy);
  expect(first.status).toBe(0);
  expect(first.stdout).toContain("No problems");
  const written = inode(join(copy, CACHE));
  expect(statSync(join(copy, CACHE)).size).toBeGreaterThan(0);
  expect(lint(copy).status).toBe(0);
  expect(inode(join(copy, CACHE))).toBe(written);
  expect(readdirSync(join(copy, "dist")).filter((name) => name.endsWith(".tmp"))).toEqual([]);
});

test("a damaged cache is rejected, replaced, and the run is unaffected", () => {
  const copy = copyPackage();
  writeFileSync(join(copy, CACHE), Buffer.alloc(4096, 0x5a));
  const damaged = inode(join(copy, CACHE));
  const result = lint(copy);
  expect(result.stderr).toBe("");
  expect(result.status).toBe(0);
  const replaced = inode(join(copy, CACHE));
  expect(replaced).not.toBe(damaged);
  lint(copy);
  expect(inode(join(copy, CACHE))).toBe(replaced);
});

test("a cache that cannot be written leaves the run unaffected", () => {
  const copy = copyPackage();
  // A folder where the cache file belongs: reading and the final rename both fail.
  mkdirSync(join(copy, CACHE));
  const result = lint(copy);
  expect(result.stderr).toBe("");
  expect(result.status).toBe(0);
  expect(result.stdout).toContain("No problems");
  expect(readdirSync(join(copy, "dist")).filter((name) => name.endsWith(".tmp"))).toEqual([]);
});

test("a missing bundle is reported with the command that builds it", () => {
  const copy = copyPackage();
  rmSync(join(copy, "dist"), { recursive: true });
  const result = lint(copy);
  expect(result.status).toBe(2);
  expect(result.stderr).toContain("npm run build");
  expect(existsSync(join(copy, "dist"))).toBe(false);
});
