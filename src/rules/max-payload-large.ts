import { LARGE_PAYLOAD, MAX_INT32, payloadLimits } from "../model/servers-limits.js";
import { entrySpan } from "./spans.js";
import type { Rule } from "./types.js";

export const rule: Rule = {
  meta: {
    id: "max-payload-large",
    severity: "warning",
    description: "max_payload above 8MB",
    server: "logs",
    messages: {
      large:
        "max_payload is {value} bytes, above 8MB. Large messages hold up every other message on a connection, and nats-server logs that payloads over 8MB are discouraged.",
    },
  },
  check(context) {
    const limits = payloadLimits(context.config.root);
    const value = limits.payloadWritten;
    if (value === undefined || value <= LARGE_PAYLOAD) return;
    // max-payload reports the values that the server does not start with.
    if (value > MAX_INT32 || value > limits.pending) return;
    context.report({
      messageId: "large",
      data: { value },
      span: entrySpan(limits.payloadEntry!),
      help: "Keep max_payload at 8MB or less, and send larger data in chunks or through the object store.",
    });
  },
};
