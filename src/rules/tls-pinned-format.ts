import { tlsEntryIn, tlsPath } from "../model/tls.js";
import { locate, type Value } from "../resolve/values.js";
import type { Finding, Rule } from "./types.js";

const SPKI_COMMAND =
  "openssl x509 -in cert.pem -noout -pubkey | openssl pkey -pubin -outform DER | openssl dgst -sha256";

const HEX_SHA256 = /^[0-9A-Fa-f]{64}$/;

/** Returns what the text looks like, to explain the likely mistake. */
function describeMistake(text: string): { messageId: string; help: string } {
  if (/^([0-9A-Fa-f]{2}:){31}[0-9A-Fa-f]{2}$/.test(text)) {
    return {
      messageId: "fingerprint",
      help: `Pin the hash of the public key instead: ${SPKI_COMMAND}`,
    };
  }
  if (/^[0-9A-Fa-f]{40}$/.test(text) || /^([0-9A-Fa-f]{2}:){19}[0-9A-Fa-f]{2}$/.test(text)) {
    return { messageId: "sha1", help: `Use the SHA-256 hash of the public key: ${SPKI_COMMAND}` };
  }
  if (/^[A-Za-z0-9+/]{43}=$/.test(text)) {
    return { messageId: "base64", help: `Write the hash in hex: ${SPKI_COMMAND}` };
  }
  return { messageId: "notHash", help: `Compute the hash with: ${SPKI_COMMAND}` };
}

function checkItem(path: string, item: Value): Finding | undefined {
  if (item.type !== "string") {
    return {
      messageId: "notString",
      data: { path },
      span: locate(item),
      help: "Write each hash as a quoted string of 64 hex digits.",
    };
  }
  if (HEX_SHA256.test(item.value)) return undefined;
  return { ...describeMistake(item.value), data: { path, value: item.value }, span: locate(item) };
}

export const rule: Rule = {
  meta: {
    id: "tls-pinned-format",
    severity: "error",
    description: "a pinned_certs entry that is not 64 hex digits",
    server: "rejects",
    messages: {
      notHash:
        '{path}.pinned_certs: "{value}" is not 64 hex digits, the SHA-256 hash of a DER-encoded SubjectPublicKeyInfo; nats-server rejects it.',
      fingerprint:
        '{path}.pinned_certs: "{value}" looks like a certificate fingerprint with colons; nats-server rejects the colons, and it pins the hash of the public key (SubjectPublicKeyInfo), not of the certificate.',
      sha1: '{path}.pinned_certs: "{value}" looks like a SHA-1 hash; nats-server takes SHA-256 hashes (64 hex digits) and rejects it.',
      base64:
        '{path}.pinned_certs: "{value}" looks like a base64 hash; nats-server takes the SHA-256 hash in hex (64 digits) and rejects it.',
      notString: "{path}.pinned_certs: each item must be a string of 64 hex digits.",
    },
  },
  check(context) {
    for (const block of context.tlsBlocks) {
      const value = tlsEntryIn(block, "pinned_certs", context.target)?.value;
      if (value?.type !== "array") continue;
      for (const item of value.items) {
        const finding = checkItem(tlsPath(block), item);
        if (finding !== undefined) context.report(finding);
      }
    }
  },
};
