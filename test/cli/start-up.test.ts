// Checks with the bundle's module graph that each command initialises only what
// it needs, so that the command lines hooks run most start fast: `--help` builds
// no grammar, `fmt` loads no rules, and only whois loads the X.509 parser.

import { describe, expect, test } from "vitest";

import { bundleMetafile, dynamicImports, staticClosure } from "../support/bundle.js";

const metafile = bundleMetafile();
const isPackage = (name: string) => (path: string) => path.startsWith(`node_modules/${name}/`);

describe("modules each command initialises", () => {
  test("--help: yargs, but no grammar, rules or Chevrotain", () => {
    const loaded = [...staticClosure(metafile, ["src/cli/entry.ts", "src/cli/main.ts"])];
    expect(loaded.some(isPackage("yargs"))).toBe(true);
    expect(loaded.filter(isPackage("chevrotain"))).toEqual([]);
    expect(loaded.filter((path) => path.startsWith("grammar/"))).toEqual([]);
    expect(loaded.filter((path) => path.startsWith("src/rules/"))).toEqual([]);
  });

  test("fmt: the grammar, but no rules, schema or include resolver", () => {
    const loaded = [...staticClosure(metafile, ["src/cli/commands/fmt.ts"])];
    expect(loaded).toContain("src/fmt/format.ts");
    expect(loaded).toContain("src/syntax/parse.ts");
    expect(loaded.filter((path) => path.startsWith("src/rules/"))).toEqual([]);
    expect(loaded.filter((path) => path.startsWith("src/schema/"))).toEqual([]);
    expect(loaded.filter((path) => path.startsWith("src/resolve/"))).toEqual([]);
    expect(loaded).not.toContain("src/check.ts");
  });

  test("lint on the fast path: the rules, but not yargs or pkijs", () => {
    const loaded = [
      ...staticClosure(metafile, [
        "src/cli/entry.ts",
        "src/cli/run.ts",
        "src/cli/commands/lint.ts",
        "src/cli/format/stylish.ts",
      ]),
    ];
    expect(loaded).toContain("src/check.ts");
    expect(loaded.filter(isPackage("yargs"))).toEqual([]);
    expect(loaded.filter(isPackage("pkijs"))).toEqual([]);
  });

  test("whois: pkijs, on demand", () => {
    const whois = ["src/cli/commands/whois.ts"];
    expect([...staticClosure(metafile, whois)].filter(isPackage("pkijs"))).toEqual([]);
    const onDemand = dynamicImports(metafile, whois).filter((path) =>
      [...staticClosure(metafile, [path])].some(isPackage("pkijs")),
    );
    expect(onDemand).toHaveLength(1);
  });
});
