// Writes the V8 code cache of dist/natsconf.js for the Node.js that runs this
// script: it loads the bundle as bin/natsconf does, runs a few typical command
// lines in-process with their output discarded, and saves what V8 compiled.
// scripts/build.mjs runs it without NODE_OPTIONS, so that the cache is the
// one that a plain `node` picks (bin/code-cache.cjs names caches by flags).

import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const { cacheAccepted, cacheFile, loadBundle, markBuildCache } = require("../bin/code-cache.cjs");

/**
 * The command lines whose code goes into the cache, with the exit code each must give:
 * lint with findings and clean, fmt (the examples are not in its layout), compile and the
 * help text.
 */
const TRAINING = [
  [["lint", "examples/broken/verify-false-with-map.conf"], 1],
  [["lint", "--format", "compact", "examples/tls-map-dn.conf"], 0],
  [["fmt", "--check", "examples/tls-map-email.conf"], 1],
  [["compile", "examples/tls-verify.conf"], 0],
  [["--help"], 0],
];

const discard = () => {};
const io = {
  stdout: discard,
  stderr: discard,
  readStdin: () => Buffer.alloc(0),
  env: {},
  stdoutIsTTY: false,
  stderrIsTTY: false,
};

const { natsconf, saveCache } = loadBundle();
process.chdir(fileURLToPath(new URL("..", import.meta.url)));
for (const [args, expected] of TRAINING) {
  const status = await natsconf.run(args, io);
  if (status !== expected) {
    throw new Error(`natsconf ${args.join(" ")} exited ${status}, expected ${expected}`);
  }
}
if (!saveCache()) throw new Error(`cannot write the code cache ${cacheFile()}`);
if (!cacheAccepted()) throw new Error(`V8 rejects the code cache it just wrote, ${cacheFile()}`);
markBuildCache(cacheFile());
