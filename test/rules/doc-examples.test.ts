// Each rule page shows one fenced config under "## Bad" and one under
// "## Good". Linted alone, the Bad config must draw a finding of the page's
// rule, and the Good config no finding at all, so that a reader can paste
// either one and see what the page promises. The default target is used
// unless the section has the note "Linted with `--server-version X`:"
// before its config.

import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

import { describe, expect, test } from "vitest";

import { checkLoaded } from "../../src/check.js";
import { loadConfigText } from "../../src/resolve/load.js";
import { FILE_RULES } from "../../src/rules/groups/files.js";
import { findRule } from "../../src/rules/index.js";
import { parseServerVersion, type ServerVersion } from "../../src/target/version.js";
import { REPOSITORY_ROOT } from "../support/corpus.js";

const DOCS = join(REPOSITORY_ROOT, "docs", "rules");

interface Example {
  config: string;
  /** The target named by "Linted with `--server-version X`" in the section, if any. */
  target: ServerVersion | undefined;
}

interface Examples {
  bad: Example[];
  good: Example[];
}

const TARGET_NOTE = /Linted with `--server-version ([^`]+)`/;

/** Returns the fenced code blocks of each "## Bad" and "## Good" section of a page. */
function examplesOf(page: string): Examples {
  const examples: Examples = { bad: [], good: [] };
  const sections = page.split(/^## /m).slice(1);
  for (const section of sections) {
    const title = section.slice(0, section.indexOf("\n")).trim();
    const kind = title === "Bad" ? "bad" : title === "Good" ? "good" : undefined;
    if (kind === undefined) continue;
    const note = TARGET_NOTE.exec(section);
    const target = note === null ? undefined : parseServerVersion(note[1]!);
    if (note !== null && target === undefined)
      throw new Error(`invalid version "${note[1]}" in a ${title} section`);
    for (const match of section.matchAll(/^```[^\n]*\n([\s\S]*?)^```$/gm))
      examples[kind].push({ config: match[1]!, target });
  }
  return examples;
}

/** Lints a config as `natsconf lint` does, and lists its findings. */
function lint({ config, target }: Example): { code: string; text: string }[] {
  const loaded = loadConfigText("example.conf", config, { env: {} });
  const checked = checkLoaded(loaded, target === undefined ? {} : { target });
  return checked.diagnostics.map((d) => ({
    code: d.code,
    text: `${d.range.start.line}:${d.range.start.column} ${d.severity} [${d.code}] ${d.message}`,
  }));
}

const pages = readdirSync(DOCS)
  .filter((name) => name.endsWith(".md") && name !== "README.md")
  .map((name) => name.slice(0, -".md".length))
  .sort();

test("every page belongs to a rule", () => {
  for (const id of pages) expect(findRule(id), `docs/rules/${id}.md`).toBeDefined();
});

describe.each(pages)("docs/rules/%s.md", (id) => {
  const examples = examplesOf(readFileSync(join(DOCS, `${id}.md`), "utf8"));

  test("has one Bad and one Good example", () => {
    expect(examples.bad).toHaveLength(1);
    expect(examples.good).toHaveLength(1);
  });

  // The certificate file rules report on the contents of files that a pasted
  // config does not carry, so their Bad examples are not linted here; their
  // cases in test/rules/cases generate the files and cover them instead.
  const readsFiles = FILE_RULES.some((rule) => rule.meta.id === id);
  if (!readsFiles) {
    test("Bad example triggers the rule", () => {
      for (const example of examples.bad) {
        const codes = lint(example).map((finding) => finding.code);
        expect(codes, example.config).toContain(id);
      }
    });
  }

  test("Good example is lint-clean", () => {
    for (const example of examples.good) {
      expect(
        lint(example).map((finding) => finding.text),
        example.config,
      ).toEqual([]);
    }
  });
});
