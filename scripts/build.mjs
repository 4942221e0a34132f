// Builds dist/: the command line as one esbuild bundle, and a V8 code cache of it.
//
// dist/natsconf.js is a single function expression, (module, exports, require,
// __filename, __dirname) => { bundle }, that bin/natsconf compiles with node:vm.
// Node.js 20 keeps no compiled code between runs of ES modules, and compiling the
// bundle was the largest part of a small lint's start-up. node:vm can hand V8 a
// cache of compiled code, so scripts/train-code-cache.mjs runs a few typical command
// lines and saves what V8 compiled for them in dist/code-cache/ (bin/code-cache.cjs
// describes the files).
//
// Each command's modules are imported dynamically in src/, and esbuild keeps those
// imports lazy inside the one file: `fmt` runs no rule code, `--help` builds no grammar.

import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

import { build } from "esbuild";

const root = fileURLToPath(new URL("..", import.meta.url));
const { version } = JSON.parse(readFileSync(`${root}package.json`, "utf8"));

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

// A child process with a clean environment writes the code cache, so that flags in
// NODE_OPTIONS, as CI jobs often set, do not end up in the cache that plain runs use.
const { NODE_OPTIONS: _ignored, ...environment } = process.env;
execFileSync(process.execPath, [`${root}scripts/train-code-cache.mjs`], {
  env: environment,
  stdio: "inherit",
});
