import { filesOfBlocks, loadedCertificates } from "../certs/block-files.js";
import { chainsTo, subjectOf } from "../certs/certificate-info.js";
import { entrySpan } from "./spans.js";
import type { Rule } from "./types.js";

export const rule: Rule = {
  meta: {
    id: "tls-file-ca-not-issuer",
    severity: "warning",
    description: "a cluster or gateway certificate that the block's own ca_file did not issue",
    server: "accepts",
    messages: {
      notIssued:
        "The certificate {subject} in {label} was not issued by a CA in {ca}. Cluster and gateway peers verify each other with their ca_file, so peers configured like this server reject its certificate in the TLS handshake.",
    },
  },
  check(context) {
    const found = filesOfBlocks(context);
    if (found === undefined) return;
    for (const blockFiles of found.blocks) {
      const { block, ca } = blockFiles;
      // Only cluster and gateway blocks use one ca_file to verify peers in both directions.
      if (ca === undefined || (block.place !== "cluster" && block.place !== "gateway")) continue;
      const caRead = found.files.reader.readCaFile(ca.path);
      if (caRead.status !== "ok") continue;
      for (const pair of blockFiles.pairs) {
        const [leaf, ...intermediates] = loadedCertificates(found.files, pair);
        if (leaf === undefined || chainsTo(leaf, intermediates, caRead.certificates)) continue;
        context.report({
          messageId: "notIssued",
          data: { subject: subjectOf(leaf), label: pair.cert.label, ca: ca.label },
          span: entrySpan(pair.cert.entry),
          related: [{ span: entrySpan(ca.entry), message: "the trusted CAs are named here" }],
          help: "Issue the certificate from the CA in ca_file, or add its issuing CA to ca_file on every peer.",
        });
      }
    }
  },
};
