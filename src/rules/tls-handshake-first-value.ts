import { readHandshakeFirst, tlsEntryIn, tlsPath } from "../model/tls.js";
import { formatVersion, isAtLeast } from "../target/version.js";
import { entrySpan } from "./spans.js";
import type { Rule } from "./types.js";

export const rule: Rule = {
  meta: {
    id: "tls-handshake-first-value",
    severity: "error",
    description: "a handshake_first value that the target nats-server rejects",
    server: "rejects",
    messages: {
      invalid:
        '{path}.{key}: "{value}" is not a value nats-server accepts; it takes true, false, on, off, auto, auto_fallback or a duration such as "100ms".',
      stringTooOld:
        '{path}.{key}: nats-server {target} takes only true or false here; string values such as "{value}" arrived in 2.10.4.',
    },
  },
  check(context) {
    // option-not-in-version reports the key itself for targets before 2.10.0.
    for (const block of context.tlsBlocks) {
      const entry = tlsEntryIn(block, "handshake_first", context.target);
      if (entry?.value.type !== "string") continue;
      const data = { path: tlsPath(block), key: entry.key, value: entry.value.value };
      if (!isAtLeast(context.target, "2.10.4")) {
        context.report({
          messageId: "stringTooOld",
          data: { ...data, target: formatVersion(context.target) },
          span: entrySpan(entry),
          help: 'Write handshake_first: true (unquoted), or upgrade to 2.10.4 or later for "auto" and fallback delays.',
        });
        continue;
      }
      if (readHandshakeFirst(entry.value)?.kind !== "invalid") continue;
      context.report({
        messageId: "invalid",
        data,
        span: entrySpan(entry),
        help: 'Write true for TLS first only, or "auto" for TLS first with a 50ms fallback to plain INFO first.',
      });
    }
  },
};
