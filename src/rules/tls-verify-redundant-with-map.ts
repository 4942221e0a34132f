import { readsClientVerification, tlsEntry } from "../model/tls.js";
import { entrySpan } from "./spans.js";
import type { Rule } from "./types.js";

export const rule: Rule = {
  meta: {
    id: "tls-verify-redundant-with-map",
    severity: "warning",
    description: "verify: true next to verify_and_map: true, which already implies it",
    server: "accepts",
  },
  check(context) {
    for (const block of context.tlsBlocks) {
      if (!readsClientVerification(block.place)) continue;
      const verify = tlsEntry(block, "verify");
      const map = tlsEntry(block, "verify_and_map");
      if (verify?.value.type !== "bool" || map?.value.type !== "bool") continue;
      if (!verify.value.value || !map.value.value) continue;
      context.report({
        message:
          "verify: true is redundant: verify_and_map: true already requests and verifies client certificates.",
        span: entrySpan(verify),
        related: [{ span: entrySpan(map), message: "verify_and_map is set here" }],
        help: 'Remove "verify: true".',
      });
    }
  },
};
