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
/** Far above the 1.5 MB a cache takes: a larger file is not read at all. */
const MAX_CACHE_BYTES = 64 * 1024 * 1024;
/** Caches that runs with other flags or Node.js versions may keep besides the build's. */
const MAX_RUN_CACHES = 4;
/** The file in which the build names the cache it wrote, which cleanups keep. */
const BUILD_CACHE_NAME = "BUILD";

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
    // A check first, because reading a FIFO would block and a huge file would fill memory.
    const stat = fs.statSync(file);
    if (!stat.isFile() || stat.size > MAX_CACHE_BYTES) return undefined;
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
    removeOldFiles(path.dirname(file), file);
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

/**
 * Removes temporary files that runs killed while writing a cache left behind, and the
 * oldest caches beyond MAX_RUN_CACHES, so that runs with many different flags do not fill
 * the folder. The build's cache and the one just written stay.
 */
function removeOldFiles(folder, written) {
  try {
    let buildCache = "";
    try {
      buildCache = fs.readFileSync(path.join(folder, BUILD_CACHE_NAME), "utf8").trim();
    } catch {
      // No build cache is named; keep only the one just written.
    }
    const caches = [];
    for (const name of fs.readdirSync(folder)) {
      const file = path.join(folder, name);
      const age = Date.now() - fs.statSync(file).mtimeMs;
      if (name.endsWith(".tmp") && age > STALE_MS) fs.rmSync(file, { force: true });
      if (name.endsWith(".bin") && name !== buildCache && file !== written)
        caches.push({ file, age });
    }
    caches.sort((a, b) => a.age - b.age);
    for (const { file } of caches.slice(MAX_RUN_CACHES - 1)) fs.rmSync(file, { force: true });
  } catch {
    // Another process removed a file first, or the folder is not readable.
  }
}

/** Records that `file` is the build's cache, so that cleanups keep it. */
function markBuildCache(file) {
  fs.writeFileSync(path.join(path.dirname(file), BUILD_CACHE_NAME), `${path.basename(file)}\n`);
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

module.exports = { BUNDLE, cacheAccepted, cacheFile, loadBundle, markBuildCache };
