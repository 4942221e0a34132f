// docs/rules/README.md lists every rule. The test fails when it is out of date;
// NATSCONF_UPDATE_DOCS=1 npx vitest run test/rules/index-page.test.ts rewrites it.

import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

import { expect, test } from "vitest";

import { RULE_GROUPS, RULES } from "../../src/rules/index.js";
import { REPOSITORY_ROOT } from "../support/corpus.js";

const SERVER_WORDS: Record<string, string> = {
  rejects: "rejects the config (`-t` fails)",
  "rejects-sometimes": "rejects the config on some starts",
  warns: "warns (`-t` fails)",
  "fails-at-startup": "fails to start (`-t` passes)",
  logs: "logs a warning",
  accepts: "says nothing",
};

function indexPage(): string {
  const lines = [
    "# Rules",
    "",
    `natsconf has ${RULES.length} rules. \`natsconf rules\` prints this list, and`,
    "`natsconf explain RULE` prints a rule's page. The last column says what nats-server",
    "itself does with a config that has the problem. Severities can be changed, and rules",
    "turned off, in `.natsconf.json` (see [configuration](../configuration.md)).",
    "",
  ];
  for (const group of RULE_GROUPS) {
    if (group.rules.length === 0) continue;
    lines.push(
      `## ${group.title}`,
      "",
      "| rule | severity | detects | nats-server |",
      "| --- | --- | --- | --- |",
    );
    for (const { meta } of group.rules) {
      lines.push(
        `| [${meta.id}](${meta.id}.md) | ${meta.severity} | ${meta.description} | ${SERVER_WORDS[meta.server]} |`,
      );
    }
    lines.push("");
  }
  return lines.join("\n");
}

test("docs/rules/README.md lists every rule", () => {
  const path = join(REPOSITORY_ROOT, "docs", "rules", "README.md");
  const expected = indexPage();
  if (process.env["NATSCONF_UPDATE_DOCS"] === "1") writeFileSync(path, expected);
  expect(readFileSync(path, "utf8"), "run with NATSCONF_UPDATE_DOCS=1 to refresh").toBe(expected);
});
