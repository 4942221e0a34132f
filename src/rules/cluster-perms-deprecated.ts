import { blockEntry, blocksWithId } from "../model/auth-config.js";
import { entrySpan } from "./spans.js";
import type { Rule } from "./types.js";

export const rule: Rule = {
  meta: {
    id: "cluster-perms-deprecated",
    severity: "warning",
    description: "route permissions set inside cluster.authorization",
    server: "warns",
    messages: {
      deprecated:
        "{key} inside cluster.authorization is deprecated; nats-server warns, and the warning makes nats-server -t fail. Permissions set in cluster.permissions win over these.",
    },
  },
  check(context) {
    for (const instance of blocksWithId(context, "cluster-authorization")) {
      const entry = blockEntry(instance, "default_permissions");
      if (entry?.value.type !== "map") continue;
      context.report({
        messageId: "deprecated",
        data: { key: entry.key },
        span: entrySpan(entry),
        help: "Move the block to cluster.permissions, with import for publish and export for subscribe.",
      });
    }
  },
};
