import { entrySpan } from "./spans.js";
import { entryPath, forEachKeyedEntry } from "./schema-entries.js";
import type { Rule } from "./types.js";

/** A size as JetStream's storage keys read a string: digits, then K, M, G or T (powers of 1024). */
const STORAGE_SIZE = /^[+-]?\d+[KMGT]$/;

export const rule: Rule = {
  meta: {
    id: "size-string",
    severity: "error",
    description: "a JetStream size written as a string that the server cannot read",
    server: "rejects",
    messages: {
      badString:
        '{path} is "{value}". Sizes written as strings must be a whole number followed by K, M, G or T in upper case; nats-server rejects the config.',
    },
  },
  check(context) {
    forEachKeyedEntry(context, (found) => {
      const { entry, key } = found;
      const value = entry.value;
      if (key.meaning !== "size" || !key.types.includes("string")) return;
      if (value.type !== "string") return;
      if (value.value === "" || STORAGE_SIZE.test(value.value)) return;
      const fixed = /^(\d+)\s*([kmgt])i?b?$/i.exec(value.value);
      context.report({
        messageId: "badString",
        data: { path: entryPath(found), value: value.value },
        span: entrySpan(entry),
        help:
          fixed === null
            ? 'Write a number of bytes, or a quoted size such as "512M" or "10G".'
            : `Write "${fixed[1]}${fixed[2]!.toUpperCase()}" (powers of 1024), or unquoted ${fixed[1]}${fixed[2]!.toUpperCase()}B.`,
      });
    });
  },
};
