// Builds dist/: the command line as one esbuild bundle, and a V8 code cache of it.
//
// dist/natsconf.js is a single function expression, (module, exports, require,
// __filename, __dirname) => { bundle }, that bin/natsconf compiles with node:vm.
// Node.js 20 keeps no compiled code between runs of ES modules, and compiling the
// bundle was the largest part of a small lint's start-up. node:vm can hand V8 a cache of
// compiled code, so this script runs a few typical command lines in-process and saves
// what V8 compiled for them in dist/natsconf.code-cache. bin/natsconf explains what
// happens when a different Node.js rejects that cache.
//
// Each command's modules are imported dynamically in src/, and esbuild keeps those
// imports lazy inside the one file: `fmt` runs no rule code, `--help` builds no grammar.

import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { Script } from "node:vm";

import { build } from "esbuild";

const root = fileURLToPath(new URL("..", import.meta.url));
const { version } = JSON.parse(readFileSync(`${root}package.json`, "utf8"));
const bundlePath = `${root}dist/natsconf.js`;
const cachePath = `${root}dist/natsconf.code-cache`;

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

/** Compiles the bundle the way bin/natsconf does and returns the script and its exports. */
function loadBundle() {
  const script = new Script(readFileSync(bundlePath, "utf8"), { filename: bundlePath });
  const module = { exports: {} };
  const load = script.runInThisContext();
  load(module, module.exports, createRequire(bundlePath), bundlePath, `${root}dist`);
  return { script, natsconf: module.exports };
}

/** Runs the training command lines with their output discarded, then writes the cache. */
async function writeCodeCache() {
  const { script, natsconf } = loadBundle();
  const discard = () => {};
  const io = {
    stdout: discard,
    stderr: discard,
    readStdin: () => Buffer.alloc(0),
    env: {},
    stdoutIsTTY: false,
    stderrIsTTY: false,
  };
  const cwd = process.cwd();
  process.chdir(root);
  try {
    for (const [args, expected] of TRAINING) {
      const status = await natsconf.run(args, io);
      if (status !== expected) {
        throw new Error(`natsconf ${args.join(" ")} exited ${status}, expected ${expected}`);
      }
    }
  } finally {
    process.chdir(cwd);
  }
  writeFileSync(cachePath, script.createCachedData());
}

/** Swaps string-width for src/cli/text-width.ts, which explains why. */
const lightTextWidth = {
  name: "light-text-width",
  setup(build) {
    build.onResolve({ filter: /^string-width$/ }, () => ({
      path: `${root}src/cli/text-width.ts`,
    }));
  },
};

rmSync(`${root}dist`, { recursive: true, force: true });
const { metafile } = await build({
  entryPoints: ["src/cli/entry.ts"],
  bundle: true,
  format: "cjs",
  platform: "node",
  target: "node20",
  absWorkingDir: root,
  outfile: "dist/natsconf.js",
  minifyWhitespace: true,
  minifySyntax: true,
  sourcemap: "linked",
  legalComments: "linked",
  metafile: true,
  logLevel: "warning",
  define: {
    NATSCONF_VERSION: JSON.stringify(version),
    // package-root.ts finds the package from its own location.
    "import.meta.url": "__natsconfUrl",
  },
  banner: {
    js: [
      "(function (module, exports, require, __filename, __dirname) {",
      '"use strict";',
      'const __natsconfUrl = require("node:url").pathToFileURL(__filename).href;',
    ].join("\n"),
  },
  footer: { js: "})" },
  plugins: [lightTextWidth],
});
// The tests read which modules import which from here (test/support/bundle.ts).
mkdirSync(`${root}build`, { recursive: true });
writeFileSync(`${root}build/natsconf.meta.json`, JSON.stringify(metafile));
await writeCodeCache();
