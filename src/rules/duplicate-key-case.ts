import type { Entry } from "../resolve/values.js";
import { findKey, findKeyIgnoringCase } from "../schema/index.js";
import { spellingsOutcome } from "./duplicate-key-spellings.js";
import type { Rule } from "./types.js";

/** Returns whether two keys differ only in case, without grouping the keys. */
function hasCaseVariants(keys: Iterable<string>): boolean {
  const seen = new Set<string>();
  for (const key of keys) {
    const lower = key.toLowerCase();
    if (seen.has(lower)) return true;
    seen.add(lower);
  }
  return false;
}

export const rule: Rule = {
  meta: {
    id: "duplicate-key-case",
    severity: "error",
    description: "two keys that differ only in case, in a block that ignores case",
    server: "accepts",
  },
  check(context) {
    for (const instance of context.blocks) {
      if (instance.spec.keyCase !== "insensitive" || instance.spec.dataEntries !== undefined)
        continue;
      if (!hasCaseVariants(instance.map.entries.keys())) continue;
      const byLowerCase = new Map<string, Entry[]>();
      for (const entry of instance.map.entries.values()) {
        const lower = entry.key.toLowerCase();
        byLowerCase.set(lower, [...(byLowerCase.get(lower) ?? []), entry]);
      }
      for (const entries of byLowerCase.values()) {
        if (entries.length < 2) continue;
        // A key read by exact case ignores its other spellings; unknown-key reports them.
        if (findKeyIgnoringCase(instance.spec, entries[0]!.key)?.exactCase === true) continue;
        const [first, ...others] = entries;
        const outcome = spellingsOutcome(instance, findKey(instance.spec, first!.key));
        for (const other of others) {
          context.report({
            message: `Keys "${first!.key}" and "${other.key}" differ only in case. ${outcome.effect}`,
            span: other.keyOrigin,
            related: [{ span: first!.keyOrigin, message: `"${first!.key}" is set here` }],
            help: "Keep one spelling; nats-server option names are usually lower case.",
            server: outcome.server,
          });
        }
      }
    }
  },
};
