import { blockEntry, blocksWithId, keyInTarget } from "../model/auth-config.js";
import { entrySpan } from "./spans.js";
import type { Rule } from "./types.js";

export const rule: Rule = {
  meta: {
    id: "msg-trace-sampling-ignored",
    severity: "warning",
    description: "account msg_trace with sampling but no dest",
    server: "warns",
    messages: {
      ignored:
        "msg_trace of account {account} sets sampling but no dest, so nothing is traced; nats-server warns that it ignores the sampling, and the warning makes nats-server -t fail.",
    },
  },
  check(context) {
    for (const trace of blocksWithId(context, "msg-trace")) {
      const account = trace.parent;
      if (account === null || trace.owner === null) continue;
      if (!keyInTarget(context.target, account, trace.owner)) continue;
      const sampling = blockEntry(trace, "sampling");
      if (sampling === undefined || blockEntry(trace, "dest") !== undefined) continue;
      // An invalid sampling value is an error instead (account-definition).
      const value = sampling.value;
      const text = value.type === "string" ? value.value.replace(/%$/, "") : undefined;
      const percent =
        value.type === "int64"
          ? Number(value.value)
          : text !== undefined && /^[+-]?\d+$/.test(text)
            ? Number(text)
            : NaN;
      if (!Number.isInteger(percent) || percent < 1 || percent > 100) continue;
      context.report({
        messageId: "ignored",
        data: { account: account.owner?.key ?? "" },
        span: entrySpan(sampling),
        help: "Add dest: <subject that receives trace events>, or remove msg_trace.",
      });
    }
  },
};
