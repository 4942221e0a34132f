// The tls block. nats-server parses every tls block with one function
// (parseTLS, v2.9.10 to v2.14), so the keys are the same wherever the block is.
// Which keys take effect depends on the place (see the TLS rules).

import type { BlockSpec } from "../types.js";

export const TLS: BlockSpec = {
  id: "tls",
  description: "TLS settings of a listener, or of connections this server dials",
  keyCase: "insensitive",
  variablesAllowed: false,
  keys: [
    {
      name: "cert_file",
      types: ["string"],
      meaning: "path",
      description: "certificate chain (PEM) presented to peers",
    },
    {
      name: "key_file",
      types: ["string"],
      meaning: "path",
      description: "private key of cert_file (PEM)",
    },
    {
      name: "ca_file",
      types: ["string"],
      meaning: "path",
      description: "CA certificates that peers' certificates must chain to",
    },
    {
      name: "certs",
      aliases: ["certificates"],
      types: ["array"],
      block: "tls-cert-pair",
      since: "2.10.0",
      description: "several certificate and key pairs; Go picks one by SNI",
    },
    { name: "verify", types: ["bool"], description: "request and verify client certificates" },
    {
      name: "verify_and_map",
      types: ["bool"],
      description: "request and verify client certificates, and map them to users",
    },
    {
      name: "verify_cert_and_check_known_urls",
      types: ["bool"],
      description: "accept route or gateway peers whose certificate names a configured URL host",
    },
    {
      name: "insecure",
      types: ["bool"],
      description: "skip verification of certificates of servers this server dials",
    },
    { name: "cipher_suites", types: ["array"], description: "allowed TLS 1.2 cipher suites" },
    {
      name: "allow_insecure_cipher_suites",
      types: ["bool"],
      since: "2.12.0",
      description: "allow cipher suites that Go marks insecure",
    },
    {
      name: "curve_preferences",
      types: ["array"],
      description: "allowed key exchange curves, in order",
    },
    {
      name: "min_version",
      types: ["string"],
      values: ["1.2", "1.3"],
      since: "2.11.0",
      description: "lowest accepted TLS version",
    },
    {
      name: "timeout",
      types: ["int64", "float64", "string"],
      meaning: "seconds",
      description: "TLS handshake timeout",
    },
    {
      name: "handshake_first",
      aliases: ["first", "immediate"],
      types: ["bool", "string"],
      since: "2.10.0",
      description: "start with the TLS handshake instead of the INFO protocol line",
    },
    {
      name: "connection_rate_limit",
      types: ["int64"],
      since: "2.10.0",
      description: "new TLS connections accepted per second",
    },
    {
      name: "pinned_certs",
      types: ["array"],
      description: "SHA-256 hashes of the allowed peer public keys",
    },
    {
      name: "ocsp_peer",
      types: ["bool", "map"],
      block: "ocsp-peer",
      since: "2.10.0",
      description: "OCSP checks of peer certificates",
    },
    {
      name: "cert_store",
      types: ["string"],
      description: "Windows certificate store to load the certificate from",
    },
    {
      name: "cert_match_by",
      types: ["string"],
      description: "how to find the certificate in the Windows store",
    },
    {
      name: "cert_match",
      types: ["string"],
      description: "value to find the certificate in the Windows store",
    },
    {
      name: "ca_certs_match",
      types: ["string", "array"],
      since: "2.11.0",
      description: "CA certificates to take from the Windows store",
    },
    {
      name: "cert_match_skip_invalid",
      types: ["bool"],
      since: "2.11.0",
      description: "skip invalid certificates in the Windows store",
    },
  ],
};

/** One entry of `tls { certs: [...] }`; the server reads these two keys by exact name. */
export const TLS_CERT_PAIR: BlockSpec = {
  id: "tls-cert-pair",
  description: "a certificate and key pair in tls.certs",
  keyCase: "exact",
  variablesAllowed: false,
  keys: [
    {
      name: "cert_file",
      types: ["string"],
      meaning: "path",
      description: "certificate chain (PEM)",
    },
    { name: "key_file", types: ["string"], meaning: "path", description: "private key (PEM)" },
  ],
};
