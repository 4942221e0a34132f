import { portEntry } from "../model/servers-options.js";
import { entrySpan } from "./spans.js";
import type { Rule } from "./types.js";

export const rule: Rule = {
  meta: {
    id: "monitor-ports",
    severity: "error",
    description: "both an HTTP and an HTTPS monitoring port",
    server: "fails-at-startup",
    messages: {
      both: "Both an HTTP ({http}) and an HTTPS ({https}) monitoring port are set. nats-server serves monitoring on one of them only and refuses to start.",
    },
  },
  check(context) {
    const root = context.config.root;
    const http = portEntry(root, ["http", "http_port"]);
    const https = portEntry(root, ["https", "https_port"]);
    if (http === undefined || https === undefined) return;
    context.report({
      messageId: "both",
      data: { http: http.key, https: https.key },
      span: entrySpan(https),
      related: [{ span: entrySpan(http), message: `${http.key} is set here` }],
      help: `Keep ${https.key} for HTTPS monitoring or ${http.key} for plain HTTP, not both.`,
    });
  },
};
