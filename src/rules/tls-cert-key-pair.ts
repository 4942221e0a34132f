import { mapStart } from "../model/servers-spans.js";
import { tlsEntryIn, tlsPath, type TlsBlock } from "../model/tls.js";
import { entryFor } from "../model/walk.js";
import type { Entry, MapValue } from "../resolve/values.js";
import { getBlock } from "../schema/index.js";
import { entrySpan } from "./spans.js";
import type { Rule, RuleContext } from "./types.js";

const CERT_PAIR = getBlock("tls-cert-pair");

/** True when the entry contains a non-empty string: the server treats "" as unset. */
function isSet(entry: Entry | undefined): entry is Entry {
  return entry?.value.type === "string" && entry.value.value !== "";
}

function checkSingle(context: RuleContext, block: TlsBlock): void {
  const path = tlsPath(block);
  const cert = tlsEntryIn(block, "cert_file", context.target);
  const key = tlsEntryIn(block, "key_file", context.target);
  const certs = tlsEntryIn(block, "certs", context.target);
  const store = tlsEntryIn(block, "cert_store", context.target);
  const hasCerts = certs?.value.type === "array" && certs.value.items.length > 0;

  if (isSet(cert) && !isSet(key)) {
    context.report({
      messageId: "certWithoutKey",
      data: { path },
      span: entrySpan(cert),
      help: "Add key_file with the private key of this certificate.",
    });
  }
  if (isSet(key) && !isSet(cert)) {
    context.report({
      messageId: hasCerts ? "keyNextToCerts" : "keyWithoutCert",
      data: { path },
      span: entrySpan(key),
      help: hasCerts
        ? "Remove key_file here; each certs entry names its own key_file."
        : "Add cert_file with the certificate that belongs to this key.",
    });
  }
  if (isSet(cert) && hasCerts) {
    context.report({
      messageId: "certAndCerts",
      data: { path, certs: certs.key },
      span: entrySpan(cert),
      related: [{ span: entrySpan(certs), message: `${certs.key} is set here` }],
      help: `Move the pair into ${certs.key}, or drop ${certs.key}.`,
    });
  }
  if (isSet(cert) && isSet(store)) {
    context.report({
      messageId: "certAndStore",
      data: { path },
      span: entrySpan(cert),
      related: [{ span: entrySpan(store), message: "cert_store is set here" }],
      help: "Keep either cert_file and key_file, or cert_store with cert_match, not both.",
    });
  }
}

function checkCertsEntries(context: RuleContext, block: TlsBlock): void {
  const certs = tlsEntryIn(block, "certs", context.target);
  if (certs?.value.type !== "array") return;
  certs.value.items.forEach((item, index) => {
    // unknown-key reports mis-cased or unknown keys, which the server rejects first.
    if (item.type !== "map" || hasUnknownKey(item)) return;
    const missing = missingHalves(item);
    if (missing.length === 0) return;
    context.report({
      messageId: "certsEntryHalf",
      data: { path: tlsPath(block), certs: certs.key, index, missing: missing.join(" and ") },
      span: mapStart(item),
      help: "Give every entry both cert_file and key_file.",
    });
  });
}

function hasUnknownKey(pair: MapValue): boolean {
  return [...pair.entries.keys()].some((key) => key !== "cert_file" && key !== "key_file");
}

/** Returns the keys that a certs entry lacks; the server reads them by exact name. */
function missingHalves(pair: MapValue): string[] {
  return ["cert_file", "key_file"].filter((name) => !isSet(entryFor(CERT_PAIR, pair, name)));
}

export const rule: Rule = {
  meta: {
    id: "tls-cert-key-pair",
    severity: "error",
    description:
      "a certificate without its key, a key without its certificate, or two certificate sources",
    server: "rejects",
    messages: {
      certWithoutKey: "{path} sets cert_file without key_file; nats-server rejects the block.",
      keyWithoutCert: "{path} sets key_file without cert_file; nats-server rejects the block.",
      keyNextToCerts:
        "{path} sets key_file without cert_file; nats-server rejects that even when certs names the pairs.",
      certAndCerts: "{path} sets both cert_file and {certs}; nats-server rejects the combination.",
      certAndStore:
        "{path} sets both cert_file and cert_store; nats-server rejects the combination.",
      certsEntryHalf: "{path}.{certs}[{index}] lacks {missing}; nats-server rejects the entry.",
    },
  },
  check(context) {
    for (const block of context.tlsBlocks) {
      checkSingle(context, block);
      checkCertsEntries(context, block);
    }
  },
};
