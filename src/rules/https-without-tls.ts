import { portEntry, topEntry } from "../model/servers-options.js";
import { entrySpan } from "./spans.js";
import type { Rule } from "./types.js";

// monitor-ports reports an HTTP port next to the HTTPS one.
export const rule: Rule = {
  meta: {
    id: "https-without-tls",
    severity: "error",
    description: "HTTPS monitoring without a top-level tls block",
    server: "fails-at-startup",
    messages: {
      noTls:
        "{key} serves monitoring over HTTPS with the certificate of the top-level tls block, and there is none; nats-server refuses to start.",
    },
  },
  check(context) {
    const root = context.config.root;
    const https = portEntry(root, ["https", "https_port"]);
    if (https === undefined || topEntry(root, "tls")?.value.type === "map") return;
    context.report({
      messageId: "noTls",
      data: { key: https.key },
      span: entrySpan(https),
      help: "Add a top-level tls block with cert_file and key_file, or serve monitoring over http_port.",
    });
  },
};
