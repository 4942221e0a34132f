import { tlsEntry, tlsPath } from "../model/tls.js";
import { entrySpan } from "./spans.js";
import type { Rule } from "./types.js";

export const rule: Rule = {
  meta: {
    id: "tls-verify-ignored-cluster",
    severity: "info",
    description:
      "verify: false in cluster or gateway tls, where peer certificates are always verified",
    server: "accepts",
    messages: {
      ignored:
        "{path}.verify: false has no effect: nats-server always requests and verifies the certificates of route and gateway peers.",
    },
  },
  check(context) {
    for (const block of context.tlsBlocks) {
      // gateways[].tls only dials out; tls-key-ignored reports verify there.
      if (block.place !== "cluster" && block.place !== "gateway") continue;
      const verify = tlsEntry(block, "verify");
      if (verify?.value.type !== "bool" || verify.value.value) continue;
      context.report({
        messageId: "ignored",
        data: { path: tlsPath(block) },
        span: entrySpan(verify),
        help: 'Remove "verify: false"; every peer must present a certificate that ca_file (or the system roots) can verify.',
      });
    }
  },
};
