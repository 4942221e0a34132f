import { topEntry } from "../model/servers-options.js";
import { isAtLeast } from "../target/version.js";
import { entrySpan } from "./spans.js";
import type { Rule } from "./types.js";

export const rule: Rule = {
  meta: {
    id: "max-connections-zero",
    severity: "error",
    description:
      "max_connections of 0 or below, which rejects every client since nats-server 2.14.0",
    server: "accepts",
    messages: {
      zero: "{key}: {value} makes nats-server reject every client connection (since 2.14.0). Older releases read 0 as the default of 65536 and negative values as no limit.",
    },
  },
  check(context) {
    // nats-server 2.14.0 made 0 and negative values reject every client.
    if (!isAtLeast(context.target, "2.14.0")) return;
    const entry = topEntry(context.config.root, "max_connections");
    if (entry?.value.type !== "int64" || entry.value.value > 0n) return;
    context.report({
      messageId: "zero",
      data: { key: entry.key, value: entry.value.value },
      span: entrySpan(entry),
      help: `Remove ${entry.key} to allow the default of 65536 connections, or set the limit you want.`,
    });
  },
};
