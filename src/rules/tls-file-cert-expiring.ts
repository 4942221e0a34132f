import { certificatesOfBlock, filesOfBlocks } from "../certs/block-files.js";
import { formatInstant, subjectOf, validityOf } from "../certs/certificate-info.js";
import { entrySpan } from "./spans.js";
import type { Rule } from "./types.js";

const DAY_MS = 24 * 60 * 60 * 1000;

export const rule: Rule = {
  meta: {
    id: "tls-file-cert-expiring",
    severity: "warning",
    description: "a certificate that expires within --expiry-days days",
    server: "accepts",
    messages: {
      expiring:
        "The certificate {subject} in {label} expires at {instant}, in {days}; TLS handshakes that check it fail from then on.",
    },
  },
  check(context) {
    const found = filesOfBlocks(context);
    if (found === undefined) return;
    const now = found.files.now.getTime();
    const limit = now + found.files.expiryDays * DAY_MS;
    for (const blockFiles of found.blocks) {
      for (const { file, certificate } of certificatesOfBlock(found.files, blockFiles)) {
        const validity = validityOf(certificate);
        if (validity.to < now || validity.to > limit || validity.from > now) continue;
        const days = Math.floor((validity.to - now) / DAY_MS);
        let remaining = `${days} days`;
        if (days === 0) remaining = "less than a day";
        else if (days === 1) remaining = "1 day";
        context.report({
          messageId: "expiring",
          data: {
            subject: subjectOf(certificate),
            label: file.label,
            instant: formatInstant(validity.to),
            days: remaining,
          },
          span: entrySpan(file.entry),
          help: `Renew the certificate before it expires. --expiry-days or "expiryDays" in .natsconf.json sets how early this warns (now ${found.files.expiryDays} days).`,
        });
      }
    }
  },
};
