// Checks with esbuild's metafile that the code `natsconf fmt` loads contains
// none of the rules, the schema or the include resolver, so that the command
// starts fast.

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { build, type Metafile } from "esbuild";
import { expect, test } from "vitest";

import { REPOSITORY_ROOT } from "../support/corpus.js";

/** Returns every source file in `chunk` and in the chunks it imports statically. */
function loadedInputs(metafile: Metafile, chunk: string): Set<string> {
  const inputs = new Set<string>();
  const seen = new Set<string>();
  const visit = (output: string): void => {
    if (seen.has(output)) return;
    seen.add(output);
    const entry = metafile.outputs[output];
    if (entry === undefined) throw new Error(`no output ${output}`);
    for (const input of Object.keys(entry.inputs)) inputs.add(input);
    for (const imported of entry.imports) {
      if (imported.kind === "import-statement" && !imported.external) visit(imported.path);
    }
  };
  visit(chunk);
  return inputs;
}

test("fmt chunk excludes rules and schema", async () => {
  const outdir = mkdtempSync(join(tmpdir(), "natsconf-bundle-"));
  try {
    // The same options as scripts/build.mjs that decide the chunks.
    const result = await build({
      absWorkingDir: REPOSITORY_ROOT,
      entryPoints: { natsconf: "src/cli/entry.ts" },
      outdir,
      bundle: true,
      splitting: true,
      format: "esm",
      platform: "node",
      target: "node20",
      write: false,
      metafile: true,
      logLevel: "silent",
    });
    const metafile = result.metafile;
    // A module that is imported dynamically becomes an entry point of its own chunk.
    const fmtChunk = Object.entries(metafile.outputs).find(
      ([, output]) => output.entryPoint === "src/cli/commands/fmt.ts",
    );
    expect(fmtChunk, "a chunk that contains src/cli/commands/fmt.ts").toBeDefined();
    const inputs = [...loadedInputs(metafile, fmtChunk![0])];
    expect(inputs).toContain("src/fmt/format.ts");
    expect(inputs).toContain("src/syntax/parse.ts");
    expect(inputs.filter((input) => input.startsWith("src/rules/"))).toEqual([]);
    expect(inputs.filter((input) => input.startsWith("src/schema/"))).toEqual([]);
    expect(inputs.filter((input) => input.startsWith("src/resolve/"))).toEqual([]);
    expect(inputs).not.toContain("src/check.ts");
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
});
