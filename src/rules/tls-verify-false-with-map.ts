import { acceptsMappedClients, tlsEntry } from "../model/tls.js";
import { entrySpan } from "./spans.js";
import type { Rule } from "./types.js";

export const rule: Rule = {
  meta: {
    id: "tls-verify-false-with-map",
    severity: "error",
    description: "verify: false and verify_and_map: true in the same tls block",
    server: "accepts",
  },
  check(context) {
    for (const block of context.tlsBlocks) {
      // Cluster and gateway force verification, and dialled connections ignore both keys.
      if (!acceptsMappedClients(block.place)) continue;
      const verify = tlsEntry(block, "verify");
      const map = tlsEntry(block, "verify_and_map");
      if (verify?.value.type !== "bool" || map?.value.type !== "bool") continue;
      if (verify.value.value || !map.value.value) continue;
      context.report({
        message:
          "verify: false contradicts verify_and_map: true. nats-server applies the two keys in random order, " +
          "so on some starts it does not request client certificates and every certificate login fails.",
        span: entrySpan(verify),
        related: [{ span: entrySpan(map), message: "verify_and_map is set here" }],
        help: 'Remove "verify: false"; verify_and_map: true already turns client certificate verification on.',
      });
    }
  },
};
