import { topBlock } from "../model/servers-options.js";
import { entryFor } from "../model/walk.js";
import { entrySpan } from "./spans.js";
import type { Rule } from "./types.js";

export const rule: Rule = {
  meta: {
    id: "ocsp-urls",
    severity: "error",
    description: "ocsp { urls: [...] }, which nats-server always rejects",
    server: "rejects",
    messages: {
      urls: "ocsp.urls is always rejected: nats-server reads it as a Go []string, which a config list never is, so every value fails. Use url.",
    },
  },
  check(context) {
    const ocsp = topBlock(context.blocks, "ocsp");
    if (ocsp === undefined) return;
    const urls = entryFor(ocsp.spec, ocsp.map, "urls");
    // Other value types get a type error from value-type.
    if (urls?.value.type !== "array") return;
    const first = urls.value.items[0];
    context.report({
      messageId: "urls",
      span: entrySpan(urls),
      help:
        first?.type === "string"
          ? `Write url: "${first.value}" (one responder URL).`
          : 'Write url: "http://..." with one responder URL.',
    });
  },
};
