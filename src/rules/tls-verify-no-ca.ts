import { acceptsMappedClients, tlsEntryIn, tlsPath, type TlsBlock } from "../model/tls.js";
import type { Entry } from "../resolve/values.js";
import { entrySpan } from "./spans.js";
import type { Rule, RuleContext } from "./types.js";

/**
 * Returns the entry that turns on verification of peer certificates in the
 * block, or the block's own key for cluster and gateway, which always verify.
 * Undefined when the block does not verify peers.
 */
function verifyingEntry(context: RuleContext, block: TlsBlock): Entry | undefined {
  if (block.place === "cluster" || block.place === "gateway") {
    return block.instance.owner ?? undefined;
  }
  if (!acceptsMappedClients(block.place)) return undefined;
  for (const name of ["verify_and_map", "verify"]) {
    const entry = tlsEntryIn(block, name, context.target);
    if (entry?.value.type === "bool" && entry.value.value) return entry;
  }
  return undefined;
}

/** True when the block names the CAs to trust: ca_file, or Windows store CAs through ca_certs_match. */
function hasCa(context: RuleContext, block: TlsBlock): boolean {
  for (const name of ["ca_file", "ca_certs_match"]) {
    const value = tlsEntryIn(block, name, context.target)?.value;
    if (value?.type === "string" && value.value !== "") return true;
    if (value?.type === "array" && value.items.length > 0) return true;
  }
  return false;
}

export const rule: Rule = {
  meta: {
    id: "tls-verify-no-ca",
    severity: "warning",
    description: "peer certificates verified against the system roots because ca_file is missing",
    server: "accepts",
    messages: {
      clients:
        "{path} verifies client certificates but has no ca_file, so Go checks them against the system root CAs: any certificate from a public CA passes{mapping}.",
      peers:
        "{path} has no ca_file, so route or gateway peers are verified against the system root CAs: any server with a certificate from a public CA can connect.",
    },
  },
  check(context) {
    for (const block of context.tlsBlocks) {
      const entry = verifyingEntry(context, block);
      if (entry === undefined || hasCa(context, block)) continue;
      const peers = block.place === "cluster" || block.place === "gateway";
      context.report({
        messageId: peers ? "peers" : "clients",
        data: {
          path: tlsPath(block),
          mapping: block.mapsCertificates ? ", and its email or DNS names can map to users" : "",
        },
        span: peers ? entry.keyOrigin : entrySpan(entry),
        help: "Set ca_file to the CA that issues the certificates you accept.",
      });
    }
  },
};
