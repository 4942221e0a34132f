import { acceptsMappedClients, tlsEntry, tlsPath, type TlsPlace } from "../model/tls.js";
import { entrySpan } from "./spans.js";
import type { Rule } from "./types.js";

/** Blocks that nats-server parses as route or gateway blocks, where the key is allowed. */
const ALLOWED_PLACES: ReadonlySet<TlsPlace> = new Set(["cluster", "gateway", "gateway-remote"]);

export const rule: Rule = {
  meta: {
    id: "tls-known-urls-context",
    severity: "error",
    description: "verify_cert_and_check_known_urls: true outside cluster and gateway tls blocks",
    server: "rejects",
    messages: {
      notSupported:
        "{path}.{key}: true is only supported in cluster and gateway tls blocks; nats-server rejects it here.",
    },
  },
  check(context) {
    for (const block of context.tlsBlocks) {
      if (ALLOWED_PLACES.has(block.place)) continue;
      const entry = tlsEntry(block, "verify_cert_and_check_known_urls");
      if (entry?.value.type !== "bool" || !entry.value.value) continue;
      context.report({
        messageId: "notSupported",
        data: { path: tlsPath(block), key: entry.key },
        span: entrySpan(entry),
        help: acceptsMappedClients(block.place)
          ? `Remove "${entry.key}"; to check client certificates, set "verify: true" and ca_file.`
          : `Remove "${entry.key}"; this server verifies the certificate of the server it dials against ca_file, or the system roots without it.`,
      });
    }
  },
};
