import type { RelatedSpan } from "../diagnostics/diagnostic.js";
import type { Entry } from "../resolve/values.js";
import { forEachMap } from "./maps.js";
import type { Rule } from "./types.js";

function describeEarlier(earlier: Entry): RelatedSpan {
  const message =
    earlier.includedBy === undefined
      ? "first set here"
      : "first set here, brought in by an include";
  return { span: earlier.keyOrigin, message };
}

export const rule: Rule = {
  meta: {
    id: "duplicate-key",
    severity: "warning",
    description: "the same key set twice in one map",
  },
  check(context) {
    forEachMap(context.config.root, (map) => {
      for (const entry of map.entries.values()) {
        if (entry.shadowed.length === 0) continue;
        const times = entry.shadowed.length + 1;
        context.report({
          message: `Key "${entry.key}" is set ${times} times in this map; nats-server keeps only the last value.`,
          span: entry.keyOrigin,
          related: entry.shadowed.map(describeEarlier),
          help: "Remove the earlier definitions, or merge them into one.",
        });
      }
    });
  },
};
