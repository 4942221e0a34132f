// Loads dist/natsconf.js, the function expression that scripts/build.mjs
// bundles, through node:vm so that V8 can reuse compiled code kept in
// dist/code-cache/. Node.js 20 has no compile cache for ES modules, and
// compiling was the largest part of a small lint's start-up.
//
// V8 accepts a cache made by the same V8 version with the same flags, and it
// checks only the length of the source, not its bytes or the cache's. So each
// cache file is named after the Node.js version and flags it was made with.
// It also starts with a SHA-1 digest of the bundle and the cache data, so that
// a bundle edited in place, or a damaged cache, is never handed to V8.

"use strict";

const { createHash, randomBytes } = require("node:crypto");
const fs = require("node:fs");
const { createRequire } = require("node:module");
const path = require("node:path");
const { Script } = require("node:vm");

const DIST = path.join(__dirname, "..", "dist");
const BUNDLE = path.join(DIST, "natsconf.js");
/**
 * The file name V8 records for the bundle. A cache keeps the name it was made with, so
 * it is the same on every machine rather than the path where the cache was built.
 */
const SCRIPT_NAME = "natsconf/dist/natsconf.js";
const MAGIC = Buffer.from("natsconf code cache 1\n");
const DIGEST_BYTES = 20;

/** Returns the cache file for this Node.js version and these Node.js and V8 flags. */
function cacheFile() {
  const flags = [process.version, ...process.execArgv, process.env.NODE_OPTIONS ?? ""];
  const key = createHash("sha1").update(flags.join("\0")).digest("hex").slice(0, 16);
  return path.join(DIST, "code-cache", `${key}.bin`);
}

function digestOf(bundle, data) {
  return createHash("sha1").update(bundle).update(data).digest();
}

/** Returns the cache data for `bundle`, or undefined when it is missing, stale or damaged. */
function readCache(file, bundle) {
  let bytes;
  try {
    bytes = fs.readFileSync(file);
  } catch {
    return undefined;
  }
  const headerLength = MAGIC.length + DIGEST_BYTES;
  if (bytes.length <= headerLength || !bytes.subarray(0, MAGIC.length).equals(MAGIC)) {
    return undefined;
  }
  const data = bytes.subarray(headerLength);
  const digest = bytes.subarray(MAGIC.length, headerLength);
  return digestOf(bundle, data).equals(digest) ? data : undefined;
}

/**
 * Writes the cache that `createData` returns to `file`, through a private temporary file
 * and a rename, because other processes may write the same file. Returns false when the
 * folder is not writable, and then skips making the cache data, which takes a few ms.
 */
function writeCache(file, bundle, createData) {
  const temporary = `${file}.${process.pid}-${randomBytes(4).toString("hex")}.tmp`;
  let descriptor;
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    descriptor = fs.openSync(temporary, "wx");
  } catch {
    return false;
  }
  try {
    const data = createData();
    fs.writeSync(descriptor, Buffer.concat([MAGIC, digestOf(bundle, data), data]));
    fs.closeSync(descriptor);
    descriptor = undefined;
    fs.renameSync(temporary, file);
    removeStaleTemporaries(path.dirname(file));
    return true;
  } catch {
    try {
      if (descriptor !== undefined) fs.closeSync(descriptor);
      fs.rmSync(temporary, { force: true });
    } catch {
      // The temporary file stays; the run itself is not affected.
    }
    return false;
  }
}

/** An hour: far longer than any write, so a temporary file this old was left by a killed run. */
const STALE_MS = 60 * 60 * 1000;

/** Removes temporary files that runs killed while writing a cache left behind. */
function removeStaleTemporaries(folder) {
  try {
    for (const name of fs.readdirSync(folder)) {
      if (!name.endsWith(".tmp")) continue;
      const file = path.join(folder, name);
      if (Date.now() - fs.statSync(file).mtimeMs > STALE_MS) fs.rmSync(file, { force: true });
    }
  } catch {
    // Another process removed a file first, or the folder is not readable.
  }
}

/**
 * Compiles and runs the bundle. Returns its exports; `fresh`, true when V8 compiled it
 * without a cache; and `saveCache`, which writes a cache of what V8 has compiled so far.
 * Throws ENOENT when dist/natsconf.js is missing.
 */
function loadBundle() {
  const bundle = fs.readFileSync(BUNDLE);
  const file = cacheFile();
  const cachedData = readCache(file, bundle);
  const script = new Script(bundle.toString("utf8"), { filename: SCRIPT_NAME, cachedData });
  const module_ = { exports: {} };
  const define = script.runInThisContext();
  define(module_, module_.exports, createRequire(BUNDLE), BUNDLE, DIST);
  return {
    natsconf: module_.exports,
    fresh: cachedData === undefined || script.cachedDataRejected === true,
    saveCache: () => writeCache(file, bundle, () => script.createCachedData()),
  };
}

/** True when V8 accepts the cache file for this Node.js and these flags. */
function cacheAccepted() {
  const bundle = fs.readFileSync(BUNDLE);
  const cachedData = readCache(cacheFile(), bundle);
  if (cachedData === undefined) return false;
  const script = new Script(bundle.toString("utf8"), { filename: SCRIPT_NAME, cachedData });
  return script.cachedDataRejected !== true;
}

module.exports = { BUNDLE, cacheAccepted, cacheFile, loadBundle };
