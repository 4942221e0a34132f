import { tlsEntryIn, tlsPath } from "../model/tls.js";
import { entrySpan } from "./spans.js";
import type { Rule } from "./types.js";

const LISTS = ["cipher_suites", "curve_preferences"] as const;

export const rule: Rule = {
  meta: {
    id: "tls-empty-list",
    severity: "error",
    description: "an empty cipher_suites or curve_preferences list",
    server: "rejects",
    messages: {
      empty:
        "{path}.{key} is empty; nats-server rejects an empty list instead of using its defaults.",
    },
  },
  check(context) {
    for (const block of context.tlsBlocks) {
      for (const key of LISTS) {
        const entry = tlsEntryIn(block, key, context.target);
        if (entry?.value.type !== "array" || entry.value.items.length > 0) continue;
        context.report({
          messageId: "empty",
          data: { path: tlsPath(block), key: entry.key },
          span: entrySpan(entry),
          help: `Remove "${entry.key}" to use the defaults, or list at least one name.`,
        });
      }
    }
  },
};
