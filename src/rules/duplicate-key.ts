import type { RelatedSpan } from "../diagnostics/diagnostic.js";
import type { Entry } from "../resolve/values.js";
import { forEachMap } from "./maps.js";
import type { Rule } from "./types.js";

/** Earlier definitions shown as notes; a key set thousands of times would flood the output. */
const MAX_NOTES = 5;

/** Points at an earlier definition, or at the include that brought it in. */
function describeEarlier(earlier: Entry, index: number): RelatedSpan {
  const which = index === 0 ? "first set" : "set again";
  if (earlier.includedBy !== undefined) {
    return { span: earlier.includedBy, message: `${which} by the file this include reads` };
  }
  return { span: earlier.keyOrigin, message: `${which} here` };
}

export const rule: Rule = {
  meta: {
    id: "duplicate-key",
    severity: "warning",
    description: "the same key set twice in one map",
    server: "accepts",
  },
  check(context) {
    forEachMap(context.config.root, (map) => {
      for (const entry of map.entries.values()) {
        if (entry.shadowed.length === 0) continue;
        const times = entry.shadowed.length + 1;
        const related = entry.shadowed.slice(0, MAX_NOTES).map(describeEarlier);
        if (entry.includedBy !== undefined) {
          related.push({
            span: entry.includedBy,
            message: "the last value comes from the file this include reads",
          });
        }
        const shown =
          times - 1 > MAX_NOTES ? ` The first ${MAX_NOTES} earlier ones are shown.` : "";
        context.report({
          message: `Key "${entry.key}" is set ${times} times in this map; nats-server keeps only the last value.${shown}`,
          span: entry.keyOrigin,
          related,
          help: "Remove the earlier definitions, or merge them into one.",
        });
      }
    });
  },
};
