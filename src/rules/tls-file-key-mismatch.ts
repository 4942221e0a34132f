import { filesOfBlocks } from "../certs/block-files.js";
import { entrySpan } from "./spans.js";
import type { Rule } from "./types.js";

export const rule: Rule = {
  meta: {
    id: "tls-file-key-mismatch",
    severity: "error",
    description: "a key_file that does not belong to the certificate in cert_file",
    server: "rejects",
    messages: {
      mismatch:
        '{key} is not the private key of the certificate in {cert}; nats-server rejects the config with "private key does not match public key".',
    },
  },
  check(context) {
    const found = filesOfBlocks(context);
    if (found === undefined) return;
    const { reader } = found.files;
    for (const { pairs } of found.blocks) {
      for (const { cert, key } of pairs) {
        const certRead = reader.readCertificates(cert.path);
        const keyRead = reader.readPrivateKey(key.path);
        if (certRead.status !== "ok" || keyRead.status !== "ok") continue;
        if (certRead.certificates[0]!.checkPrivateKey(keyRead.key)) continue;
        context.report({
          messageId: "mismatch",
          data: { key: key.label, cert: cert.label },
          span: entrySpan(key.entry),
          related: [{ span: entrySpan(cert.entry), message: "the certificate is named here" }],
          help: "Use the key that the certificate was issued for, or a certificate issued for this key.",
        });
      }
    }
  },
};
