// Reads the module graph of the built bundle from the esbuild metafile that
// scripts/build.mjs writes, to check which modules a command initialises.
//
// dist/natsconf.js is one CommonJS file, but esbuild keeps every dynamic import()
// of src/ lazy inside it: a module runs its top level only when a module that
// imports it statically runs, or when a dynamic import of it runs. So the modules a
// command initialises are those reached from its own module by static imports.

import { readFileSync } from "node:fs";
import { join } from "node:path";

import type { Metafile } from "esbuild";

import { REPOSITORY_ROOT } from "./corpus.js";

export function bundleMetafile(): Metafile {
  const file = join(REPOSITORY_ROOT, "build", "natsconf.meta.json");
  return JSON.parse(readFileSync(file, "utf8")) as Metafile;
}

/** Returns `modules` and every module they reach by static imports, as metafile paths. */
export function staticClosure(metafile: Metafile, modules: readonly string[]): Set<string> {
  const reached = new Set<string>();
  const visit = (path: string): void => {
    if (reached.has(path)) return;
    const input = metafile.inputs[path];
    if (input === undefined) throw new Error(`the bundle has no module ${path}`);
    reached.add(path);
    for (const imported of input.imports) {
      if (imported.external) continue;
      if (imported.kind === "import-statement" || imported.kind === "require-call")
        visit(imported.path);
    }
  };
  for (const path of modules) visit(path);
  return reached;
}

/** Returns the modules that `modules` or the modules they load statically import dynamically. */
export function dynamicImports(metafile: Metafile, modules: readonly string[]): string[] {
  const targets = new Set<string>();
  for (const path of staticClosure(metafile, modules)) {
    for (const imported of metafile.inputs[path]!.imports) {
      if (imported.kind === "dynamic-import" && !imported.external) targets.add(imported.path);
    }
  }
  return [...targets];
}
