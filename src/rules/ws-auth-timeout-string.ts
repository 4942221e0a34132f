import { blockEntry, blocksWithId } from "../model/auth-config.js";
import { entrySpan } from "./spans.js";
import type { Rule } from "./types.js";

export const rule: Rule = {
  meta: {
    id: "ws-auth-timeout-string",
    severity: "warning",
    description:
      "a websocket or mqtt authorization timeout written as a string, which the server replaces by 1 second",
    server: "accepts",
    messages: {
      string:
        '{listener}.authorization.timeout is the string "{text}". nats-server reads only numbers here and silently uses 1 second instead, so slow clients fail to authenticate.',
    },
  },
  check(context) {
    for (const listener of ["websocket", "mqtt"]) {
      for (const instance of blocksWithId(context, `${listener}-authorization`)) {
        const entry = blockEntry(instance, "timeout");
        if (entry?.value.type !== "string") continue;
        context.report({
          messageId: "string",
          data: { listener, text: entry.value.value },
          span: entrySpan(entry),
          help: "Give the number of seconds without quotes, such as timeout: 5.",
        });
      }
    }
  },
};
