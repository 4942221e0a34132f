import { describePath, filesOfBlocks } from "../certs/block-files.js";
import { entrySpan } from "./spans.js";
import type { Rule } from "./types.js";

export const rule: Rule = {
  meta: {
    id: "tls-file-ca-no-cert",
    severity: "error",
    description: "a ca_file without one certificate that parses",
    server: "rejects",
    messages: {
      noCertificate:
        '{label} names {file}, which {reason}; nats-server rejects the config with "failed to parse root ca certificate".',
    },
  },
  check(context) {
    const found = filesOfBlocks(context);
    if (found === undefined) return;
    for (const { ca } of found.blocks) {
      if (ca === undefined) continue;
      const read = found.files.reader.readCaFile(ca.path);
      if (read.status !== "invalid") continue;
      context.report({
        messageId: "noCertificate",
        data: { label: ca.label, file: describePath(ca), reason: read.reason },
        span: entrySpan(ca.entry),
        help: "Point ca_file at the PEM certificate of the CA that issues your peers' certificates.",
      });
    }
  },
};
