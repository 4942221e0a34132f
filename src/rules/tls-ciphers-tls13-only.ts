import { TLS13_CIPHER_SUITES, tlsEntry, tlsEntryIn, tlsPath } from "../model/tls.js";
import { entrySpan } from "./spans.js";
import type { Rule } from "./types.js";

export const rule: Rule = {
  meta: {
    id: "tls-ciphers-tls13-only",
    severity: "warning",
    description: "cipher_suites that lists only TLS 1.3 suites, which Go ignores",
    server: "accepts",
    messages: {
      tls12Fails:
        "{path}.cipher_suites lists only TLS 1.3 suites. Go ignores TLS 1.3 suites in this list and picks them itself, so TLS 1.2 connections find no suite they share with the server and fail.",
      noEffect:
        '{path}.cipher_suites lists only TLS 1.3 suites, and min_version is "1.3". Go ignores TLS 1.3 suites in this list, so it has no effect.',
    },
  },
  check(context) {
    for (const block of context.tlsBlocks) {
      const entry = tlsEntryIn(block, "cipher_suites", context.target);
      if (entry?.value.type !== "array" || entry.value.items.length === 0) continue;
      const onlyTls13 = entry.value.items.every(
        (item) => item.type === "string" && TLS13_CIPHER_SUITES.has(item.value),
      );
      if (!onlyTls13) continue;
      const minVersion = tlsEntry(block, "min_version")?.value;
      const tls13Only = minVersion?.type === "string" && minVersion.value === "1.3";
      context.report({
        messageId: tls13Only ? "noEffect" : "tls12Fails",
        data: { path: tlsPath(block) },
        span: entrySpan(entry),
        help: tls13Only
          ? "Remove cipher_suites."
          : "Remove cipher_suites to use Go's defaults, or list TLS 1.2 suites such as TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256.",
      });
    }
  },
};
