// natsconf rules: lists every rule. natsconf explain ID: prints a rule's page.

import { readFileSync } from "node:fs";
import { join } from "node:path";

import { Chalk } from "chalk";

import { findRule, RULE_GROUPS, RULES } from "../../rules/index.js";
import { suggest } from "../../rules/suggest.js";
import { docsPath } from "../../rules/types.js";
import { colorLevel } from "../colors.js";
import { EXIT, type Io } from "../io.js";
import { packageRoot } from "../package-root.js";

export interface RulesOptions {
  json: boolean;
  color: boolean | undefined;
}

export function listRules(options: RulesOptions, io: Io): number {
  if (options.json) {
    const rules = RULES.map((rule) => ({
      id: rule.meta.id,
      severity: rule.meta.severity,
      description: rule.meta.description,
      server: rule.meta.server,
      docs: docsPath(rule.meta.id),
    }));
    io.stdout(`${JSON.stringify({ version: 1, rules }, null, 2)}\n`);
    return EXIT.ok;
  }
  const colors = new Chalk({ level: colorLevel(options.color, io.env, io.stdoutIsTTY) });
  const width = Math.max(...RULES.map((rule) => rule.meta.id.length));
  const lines: string[] = [];
  for (const group of RULE_GROUPS) {
    if (group.rules.length === 0) continue;
    lines.push(colors.bold(group.title));
    for (const { meta } of group.rules) {
      lines.push(`  ${meta.id.padEnd(width)}  ${meta.severity.padEnd(7)}  ${meta.description}`);
    }
    lines.push("");
  }
  lines.push(`${RULES.length} rules. "natsconf explain <rule>" prints a rule's documentation.`);
  io.stdout(`${lines.join("\n")}\n`);
  return EXIT.ok;
}

export function explainRule(id: string, io: Io): number {
  const rule = findRule(id);
  if (rule === undefined) {
    const guess = suggest(
      id,
      RULES.map((known) => known.meta.id),
    );
    const hint =
      guess === undefined ? 'Run "natsconf rules" for the list.' : `Did you mean "${guess}"?`;
    io.stderr(`natsconf: "${id}" is not a natsconf rule. ${hint}\n`);
    return EXIT.failure;
  }
  const root = packageRoot();
  if (root === undefined) {
    io.stderr(
      `natsconf: the documentation folder was not found; ${rule.meta.id}: ${rule.meta.description}\n`,
    );
    return EXIT.failure;
  }
  const path = join(root, docsPath(rule.meta.id));
  let page: string;
  try {
    page = readFileSync(path, "utf8");
  } catch {
    io.stderr(`natsconf: cannot read ${path}; ${rule.meta.id}: ${rule.meta.description}\n`);
    return EXIT.failure;
  }
  io.stdout(page.endsWith("\n") ? page : `${page}\n`);
  return EXIT.ok;
}
