import { blockEntry, blocksWithId } from "../model/auth-config.js";
import { entryFor } from "../model/walk.js";
import { getBlock } from "../schema/index.js";
import { entrySpan } from "./spans.js";
import type { Rule } from "./types.js";

/** Route permissions; perm-subject-invalid reports allow_responses there. */
const ROUTE_BLOCKS = new Set(["cluster", "cluster-authorization"]);

export const rule: Rule = {
  meta: {
    id: "perm-allow-responses-blocks-publish",
    severity: "info",
    description: "allow_responses without a publish allow list, which leaves only replies allowed",
    server: "accepts",
    messages: {
      blocks:
        "allow_responses is set but publish has no allow list, so nats-server makes the allow list empty: these clients may publish replies to requests they receive and nothing else.",
    },
  },
  check(context) {
    for (const instance of blocksWithId(context, "permissions")) {
      if (ROUTE_BLOCKS.has(instance.parent?.spec.id ?? "")) continue;
      const responses = blockEntry(instance, "allow_responses");
      if (responses === undefined) continue;
      if (responses.value.type === "bool" && !responses.value.value) continue;
      const publish = blockEntry(instance, "publish")?.value;
      // A string or an array is an allow list; a map needs its allow key.
      if (publish !== undefined && publish.type !== "map") continue;
      if (publish?.type === "map" && entryFor(getBlock("permission-rule"), publish, "allow"))
        continue;
      context.report({
        messageId: "blocks",
        span: entrySpan(responses),
        help: 'If these clients should also publish requests or events, add publish: { allow: [...] } with those subjects; publish: ">" keeps everything allowed.',
      });
    }
  },
};
