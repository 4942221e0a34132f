import { MAX_INT32, payloadLimits } from "../model/servers-limits.js";
import { entrySpan } from "./spans.js";
import type { Rule } from "./types.js";

export const rule: Rule = {
  meta: {
    id: "max-payload",
    severity: "error",
    description: "max_payload above 2^31-1 bytes, or above max_pending",
    server: "rejects",
    messages: {
      tooBig:
        "max_payload is {value} bytes, above the largest value nats-server accepts (2147483647).",
      abovePending:
        "max_payload ({payload} bytes) is above max_pending ({pending} bytes). A client could not buffer one message, so nats-server refuses to start.",
    },
  },
  check(context) {
    const limits = payloadLimits(context.config.root);
    const { payloadEntry, pendingEntry, payloadWritten } = limits;
    if (payloadWritten !== undefined && payloadWritten > MAX_INT32) {
      context.report({
        messageId: "tooBig",
        data: { value: payloadWritten },
        span: entrySpan(payloadEntry!),
        help: "Lower max_payload; the default is 1MB, and more than 8MB is discouraged.",
      });
      return;
    }
    if (limits.payload <= limits.pending) return;
    // Blame max_payload when it is set, else the max_pending that is below the default payload.
    const blamed = payloadWritten ? payloadEntry! : pendingEntry!;
    const other = blamed === payloadEntry ? pendingEntry : undefined;
    context.report({
      messageId: "abovePending",
      data: { payload: limits.payload, pending: limits.pending },
      span: entrySpan(blamed),
      ...(other === undefined
        ? {}
        : { related: [{ span: entrySpan(other), message: `${other.key} is set here` }] }),
      help: "Keep max_payload at or below max_pending: lower max_payload or raise max_pending.",
      server: "fails-at-startup",
    });
  },
};
