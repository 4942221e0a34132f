import { filesOfBlocks, loadedCertificates } from "../certs/block-files.js";
import {
  allowsUsage,
  EKU_CLIENT_AUTH,
  EKU_SERVER_AUTH,
  subjectOf,
} from "../certs/certificate-info.js";
import { listenerIsOn, tlsPath, type TlsPlace } from "../model/tls.js";
import { entrySpan } from "./spans.js";
import type { Rule } from "./types.js";

/**
 * Places whose certificate this server presents when it dials out: routes and
 * gateways dial with their block, leafnode remotes, gateways[] entries and the
 * account resolver with theirs.
 */
const DIALING_PLACES: ReadonlySet<TlsPlace> = new Set([
  "cluster",
  "gateway",
  "gateway-remote",
  "leafnode-remote",
  "resolver",
]);

export const rule: Rule = {
  meta: {
    id: "tls-file-eku",
    severity: "warning",
    description:
      "a certificate whose extended key usage lacks serverAuth or clientAuth for how the block uses it",
    server: "accepts",
    messages: {
      serverAuth:
        "The certificate {subject} in {label} has an extended key usage without serverAuth, but {path} accepts connections with it; peers that verify it reject the TLS handshake.",
      clientAuth:
        "The certificate {subject} in {label} has an extended key usage without clientAuth, but this server presents it when it dials out from {path}; peers that verify client certificates reject the TLS handshake.",
    },
  },
  check(context) {
    const found = filesOfBlocks(context);
    if (found === undefined) return;
    for (const { block, pairs } of found.blocks) {
      const path = tlsPath(block);
      for (const pair of pairs) {
        const leaf = loadedCertificates(found.files, pair)[0];
        if (leaf === undefined) continue;
        const data = {
          subject: subjectOf(leaf),
          label: pair.cert.label,
          path,
        };
        if (listenerIsOn(block) && !allowsUsage(leaf, EKU_SERVER_AUTH)) {
          context.report({
            messageId: "serverAuth",
            data,
            span: entrySpan(pair.cert.entry),
            help: "Issue the certificate with extendedKeyUsage = serverAuth (add clientAuth for routes and gateways).",
          });
        }
        if (DIALING_PLACES.has(block.place) && !allowsUsage(leaf, EKU_CLIENT_AUTH)) {
          context.report({
            messageId: "clientAuth",
            data,
            span: entrySpan(pair.cert.entry),
            help: "Issue the certificate with extendedKeyUsage = clientAuth (and serverAuth when the block also accepts connections).",
          });
        }
      }
    }
  },
};
