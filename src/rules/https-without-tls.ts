import { listenValuePort, topEntry } from "../model/servers-options.js";
import type { Entry, MapValue } from "../resolve/values.js";
import { entrySpan } from "./spans.js";
import type { Rule } from "./types.js";

/** Returns the entry that sets an HTTPS monitoring port other than 0 (-1 picks a random port). */
function httpsPortEntry(root: MapValue): Entry | undefined {
  for (const name of ["https", "https_port"]) {
    const entry = topEntry(root, name);
    if (entry === undefined) continue;
    const port = listenValuePort(entry.value);
    if (port !== undefined && port !== 0) return entry;
  }
  return undefined;
}

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
    const https = httpsPortEntry(root);
    if (https === undefined || topEntry(root, "tls")?.value.type === "map") return;
    context.report({
      messageId: "noTls",
      data: { key: https.key },
      span: entrySpan(https),
      help: "Add a top-level tls block with cert_file and key_file, or serve monitoring over http_port.",
    });
  },
};
