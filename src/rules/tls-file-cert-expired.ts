import { certificatesOfBlock, filesOfBlocks } from "../certs/block-files.js";
import { formatInstant, subjectOf, validityOf } from "../certs/certificate-info.js";
import { entrySpan } from "./spans.js";
import type { Rule } from "./types.js";

export const rule: Rule = {
  meta: {
    id: "tls-file-cert-expired",
    severity: "error",
    description: "a certificate that has expired or is not valid yet",
    server: "accepts",
    messages: {
      expired:
        "The certificate {subject} in {label} expired at {instant}; nats-server starts, but every TLS handshake that checks it fails.",
      notYetValid:
        "The certificate {subject} in {label} is not valid before {instant}; nats-server starts, but every TLS handshake that checks it fails until then.",
    },
  },
  check(context) {
    const found = filesOfBlocks(context);
    if (found === undefined) return;
    const now = found.files.now.getTime();
    for (const blockFiles of found.blocks) {
      for (const { file, certificate } of certificatesOfBlock(found.files, blockFiles)) {
        const validity = validityOf(certificate);
        const expired = validity.to < now;
        if (!expired && validity.from <= now) continue;
        context.report({
          messageId: expired ? "expired" : "notYetValid",
          data: {
            subject: subjectOf(certificate),
            label: file.label,
            instant: formatInstant(expired ? validity.to : validity.from),
          },
          span: entrySpan(file.entry),
          help: expired
            ? "Renew the certificate and replace the file."
            : "Check the clock of the machine that issued it, or wait until it becomes valid before deploying.",
        });
      }
    }
  },
};
