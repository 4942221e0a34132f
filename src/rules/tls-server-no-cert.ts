import {
  acceptsConnections,
  listenerIsOn,
  tlsEntry,
  tlsPath,
  type TlsBlock,
  type TlsPlace,
} from "../model/tls.js";
import type { Rule } from "./types.js";

const LISTENER_NAMES: Readonly<Partial<Record<TlsPlace, string>>> = {
  client: "client port (and HTTPS monitoring)",
  cluster: "route listener",
  gateway: "gateway listener",
  leafnodes: "leafnode listener",
  websocket: "websocket listener",
  mqtt: "MQTT listener",
};

/**
 * True when the block names a certificate, or a key that tls-cert-key-pair
 * reports alone. Keys that the target lacks count too, since
 * option-not-in-version reports them.
 */
function hasCertificateSource(block: TlsBlock): boolean {
  for (const name of ["cert_file", "key_file", "cert_store"]) {
    const value = tlsEntry(block, name)?.value;
    if (value?.type === "string" && value.value !== "") return true;
  }
  const certs = tlsEntry(block, "certs")?.value;
  return certs?.type === "array" && certs.items.length > 0;
}

export const rule: Rule = {
  meta: {
    id: "tls-server-no-cert",
    severity: "error",
    description: "the tls block of a listener without a certificate",
    server: "accepts",
    messages: {
      noCert:
        '{path} has no certificate (cert_file and key_file, certs, or cert_store), so every TLS handshake on the {listener} fails with "no certificates configured".',
    },
  },
  check(context) {
    for (const block of context.tlsBlocks) {
      if (!acceptsConnections(block.place) || !listenerIsOn(block)) continue;
      const owner = block.instance.owner;
      if (owner === null || hasCertificateSource(block)) continue;
      context.report({
        messageId: "noCert",
        data: { path: tlsPath(block), listener: LISTENER_NAMES[block.place] ?? "listener" },
        span: owner.keyOrigin,
        help: "Add cert_file and key_file with the server certificate and its private key.",
      });
    }
  },
};
