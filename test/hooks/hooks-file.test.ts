// Checks .pre-commit-hooks.yaml against what pre-commit requires of a hook and against the
// hook ids that the README's example configuration names.

import { readFileSync } from "node:fs";
import { join } from "node:path";

import { describe, expect, test } from "vitest";
import { parse } from "yaml";

import { runCli } from "../support/cli.js";
import { REPOSITORY_ROOT } from "../support/corpus.js";

interface Hook {
  id: string;
  name: string;
  entry: string;
  language: string;
  files?: string;
  args?: string[];
}

function readHooks(): Hook[] {
  const text = readFileSync(join(REPOSITORY_ROOT, ".pre-commit-hooks.yaml"), "utf8");
  return parse(text, { strict: true, uniqueKeys: true }) as Hook[];
}

describe(".pre-commit-hooks.yaml", () => {
  test("defines the lint and fmt hooks", () => {
    const hooks = readHooks();
    expect(hooks.map((hook) => hook.id)).toEqual(["natsconf-lint", "natsconf-fmt"]);
    for (const hook of hooks) {
      expect(hook.name).toBeTruthy();
      expect(hook.language).toBe("node");
      expect(hook.entry.split(" ")[0]).toBe("natsconf");
    }
  });

  test("hooks match .conf files only", () => {
    for (const hook of readHooks()) {
      const pattern = new RegExp(hook.files ?? "");
      expect(pattern.test("config/server.conf")).toBe(true);
      expect(pattern.test("server.conf.example")).toBe(false);
      expect(pattern.test("README.md")).toBe(false);
    }
  });

  test("fmt hook rewrites by default", () => {
    const fmt = readHooks().find((hook) => hook.id === "natsconf-fmt");
    expect(fmt?.entry).toBe("natsconf fmt");
    expect(fmt?.args).toEqual(["--write"]);
  });

  test("entries name existing commands and options", () => {
    for (const hook of readHooks()) {
      const [, command, ...options] = [...hook.entry.split(" "), ...(hook.args ?? [])];
      const help = runCli([command ?? "", "--help"]);
      expect(help.status).toBe(0);
      for (const option of options) expect(help.stdout).toContain(`${option} `);
    }
  });

  test("README names the defined hook ids", () => {
    const readme = readFileSync(join(REPOSITORY_ROOT, "README.md"), "utf8");
    const named = [...readme.matchAll(/- id: (\S+)/g)].map((match) => match[1]);
    expect(named.length).toBeGreaterThan(0);
    const defined = readHooks().map((hook) => hook.id);
    for (const id of named) expect(defined).toContain(id);
  });
});
