// Bundles the command line into dist/ with esbuild. One bundle loads far faster
// than hundreds of small ESM files (Chevrotain alone pulls in lodash-es), and
// code splitting keeps each command's code out of the others' start-up.

import { readFileSync, rmSync } from "node:fs";

import { build } from "esbuild";

const { version } = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));

// Chunk names carry a hash, so chunks of earlier builds would pile up.
rmSync(new URL("../dist", import.meta.url), { recursive: true, force: true });

await build({
  entryPoints: { natsconf: "src/cli/entry.ts" },
  outdir: "dist",
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  chunkNames: "chunks/[name]-[hash]",
  minifyWhitespace: true,
  minifySyntax: true,
  sourcemap: "linked",
  legalComments: "linked",
  logLevel: "warning",
  define: { NATSCONF_VERSION: JSON.stringify(version) },
  // Packages bundled for Node can still call require(); give them one.
  banner: {
    js: 'import { createRequire as __natsconfRequire } from "node:module"; const require = __natsconfRequire(import.meta.url);',
  },
});
