// Bundles scripts/agreement.ts with esbuild and runs it: `npm run agreement`.

import { spawnSync } from "node:child_process";
import { mkdirSync } from "node:fs";

import { build } from "esbuild";

mkdirSync("build", { recursive: true });
await build({
  entryPoints: ["scripts/agreement.ts"],
  outfile: "build/agreement.mjs",
  bundle: true,
  format: "esm",
  platform: "node",
  target: "node20",
  packages: "external",
  logLevel: "warning",
});
const run = spawnSync(process.execPath, ["build/agreement.mjs", ...process.argv.slice(2)], {
  stdio: "inherit",
});
process.exit(run.status ?? 1);
