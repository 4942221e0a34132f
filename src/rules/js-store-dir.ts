import { topBlock, topEntry } from "../model/servers-options.js";
import { entryFor } from "../model/walk.js";
import { entrySpan } from "./spans.js";
import type { Rule } from "./types.js";

export const rule: Rule = {
  meta: {
    id: "js-store-dir",
    severity: "error",
    description: "store_dir set both at the top level and in the jetstream block",
    server: "rejects",
    messages: {
      both: "The JetStream storage directory is set twice: as jetstream.{key} and as the top-level {topKey}. nats-server rejects the config with \"Duplicate 'store_dir' configuration\".",
    },
  },
  check(context) {
    const top = topEntry(context.config.root, "store_dir");
    const jetstream = topBlock(context.blocks, "jetstream");
    if (top === undefined || jetstream === undefined) return;
    const inner = entryFor(jetstream.spec, jetstream.map, "store_dir");
    if (inner === undefined) return;
    context.report({
      messageId: "both",
      data: { key: inner.key, topKey: top.key },
      span: entrySpan(inner),
      related: [{ span: entrySpan(top), message: "the top-level storage directory is set here" }],
      help: "Keep one of the two, preferably jetstream.store_dir.",
    });
  },
};
