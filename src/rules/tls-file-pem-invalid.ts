import { describePath, filesOfBlocks, type NamedFile } from "../certs/block-files.js";
import type { InvalidFile } from "../certs/types.js";
import { entrySpan } from "./spans.js";
import type { Rule, RuleContext } from "./types.js";

function report(context: RuleContext, file: NamedFile, read: InvalidFile, help: string) {
  context.report({
    messageId: "invalid",
    data: { label: file.label, file: describePath(file), reason: read.reason },
    span: entrySpan(file.entry),
    help,
  });
}

export const rule: Rule = {
  meta: {
    id: "tls-file-pem-invalid",
    severity: "error",
    description: "a cert_file or key_file that does not parse as a PEM certificate or private key",
    server: "rejects",
    messages: {
      invalid:
        "{label} names {file}, which {reason}; nats-server rejects the config when it loads the tls block.",
    },
  },
  check(context) {
    const found = filesOfBlocks(context);
    if (found === undefined) return;
    const { files, blocks } = found;
    for (const { pairs } of blocks) {
      for (const { cert, key } of pairs) {
        const certRead = files.reader.readCertificates(cert.path);
        if (certRead.status === "invalid") {
          report(
            context,
            cert,
            certRead,
            "Point cert_file at a PEM file that starts with the server's own -----BEGIN CERTIFICATE----- block.",
          );
        }
        const keyRead = files.reader.readPrivateKey(key.path);
        if (keyRead.status === "invalid") {
          report(
            context,
            key,
            keyRead,
            "Point key_file at an unencrypted PEM RSA, ECDSA or Ed25519 private key (PKCS #1, PKCS #8 or SEC 1).",
          );
        }
      }
    }
  },
};
