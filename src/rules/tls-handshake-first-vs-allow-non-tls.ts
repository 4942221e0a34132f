import { topEntry } from "../model/servers-options.js";
import { readHandshakeFirst, tlsEntryIn } from "../model/tls.js";
import { isAtLeast } from "../target/version.js";
import { entrySpan } from "./spans.js";
import type { Rule } from "./types.js";

export const rule: Rule = {
  meta: {
    id: "tls-handshake-first-vs-allow-non-tls",
    severity: "warning",
    description: "handshake_first without fallback next to allow_non_tls: true, which it overrides",
    server: "logs",
    messages: {
      overridden:
        "tls.{key} makes every client start with the TLS handshake, so allow_non_tls: true has no effect and clients without TLS cannot connect.",
    },
  },
  check(context) {
    // The client port reads handshake_first from nats-server 2.10.4 on.
    if (!isAtLeast(context.target, "2.10.4")) return;
    const allow = topEntry(context.config.root, "allow_non_tls");
    if (allow?.value.type !== "bool" || !allow.value.value) return;
    const block = context.tlsBlocks.find((candidate) => candidate.place === "client");
    if (block === undefined) return;
    const entry = tlsEntryIn(block, "handshake_first", context.target);
    if (entry === undefined || readHandshakeFirst(entry.value)?.kind !== "tls-only") return;
    context.report({
      messageId: "overridden",
      data: { key: entry.key },
      span: entrySpan(entry),
      related: [{ span: entrySpan(allow), message: "allow_non_tls is set here" }],
      help: 'Write handshake_first: "auto" to accept TLS-first clients and still let others connect, or remove allow_non_tls.',
    });
  },
};
