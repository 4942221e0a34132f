import { findKey } from "../schema/index.js";
import type { Entry } from "../resolve/values.js";
import { blockPath } from "../model/walk.js";
import type { KeySpec } from "../schema/index.js";
import { spellingsOutcome } from "./duplicate-key-spellings.js";
import { entrySpan } from "./spans.js";
import type { Rule } from "./types.js";

export const rule: Rule = {
  meta: {
    id: "key-and-alias",
    severity: "error",
    description: "one option set twice in one block, under two of its names",
    server: "accepts",
    messages: {
      both: '"{second}" and "{first}" {where} are two names of one option, {name}. {effect}',
    },
  },
  check(context) {
    for (const instance of context.blocks) {
      const spec = instance.spec;
      if (spec.dataEntries !== undefined) continue;
      const byKey = new Map<KeySpec, Entry[]>();
      for (const entry of instance.map.entries.values()) {
        if (entry.usedAsVariable && spec.variablesAllowed) continue;
        const key = findKey(spec, entry.key);
        if (key === undefined) continue;
        const list = byKey.get(key);
        if (list === undefined) byKey.set(key, [entry]);
        else list.push(entry);
      }
      const path = blockPath(instance);
      const where = path === "" ? "at the top level" : `in ${path}`;
      for (const [key, entries] of byKey) {
        // Spellings that differ only in case are duplicate-key-case's findings.
        const names = new Set(entries.map((entry) => entry.key.toLowerCase()));
        if (names.size < 2) continue;
        const first = entries[0]!;
        const outcome = spellingsOutcome(instance, key);
        for (const entry of entries.slice(1)) {
          if (entry.key.toLowerCase() === first.key.toLowerCase()) continue;
          context.report({
            messageId: "both",
            data: {
              first: first.key,
              second: entry.key,
              where,
              name: key.name,
              effect: outcome.effect,
            },
            span: entrySpan(entry),
            related: [{ span: entrySpan(first), message: `"${first.key}" is set here` }],
            help: `Keep one of them; "${key.name}" is the canonical name.`,
            server: outcome.server,
          });
        }
      }
    }
  },
};
