// OCSP blocks: stapling of the server's own certificates (top-level ocsp),
// the response cache (ocsp_cache) and peer checks (tls.ocsp_peer)
// (nats-server 2.15.0-dev, server/opts.go processConfigFileLine,
// server/ocsp_responsecache.go parseOCSPResponseCache, server/ocsp_peer.go).
// All three parsers reject every unknown key, even one used as a $variable.

import type { BlockSpec } from "../types.js";

/** The map form of ocsp. The server reads its keys by exact name. */
export const OCSP: BlockSpec = {
  id: "ocsp",
  description: "OCSP stapling of the server certificates",
  keyCase: "exact",
  variablesAllowed: false,
  keys: [
    {
      name: "mode",
      types: ["string"],
      values: ["always", "must", "never", "auto"],
      valuesIgnoreCase: true,
      description: "when to staple and when to stop on a revoked certificate (default auto)",
    },
    {
      name: "url",
      types: ["string"],
      meaning: "url",
      description: "OCSP responder URL, in place of the one in the certificate",
    },
    // NOTE: the server rejects every value of urls, because it expects a string
    // list where the parser produces a generic array. Use url.
    {
      name: "urls",
      types: ["array"],
      meaning: "url",
      description: "OCSP responder URLs, always rejected, so use url",
    },
  ],
};

export const OCSP_CACHE: BlockSpec = {
  id: "ocsp-cache",
  description: "cache of OCSP responses for peer checks",
  keyCase: "insensitive",
  variablesAllowed: false,
  keys: [
    {
      name: "type",
      types: ["string"],
      values: ["none", "local"],
      valuesIgnoreCase: true,
      description: "cache kind",
    },
    {
      name: "local_store",
      types: ["string"],
      meaning: "path",
      description: "directory of the local cache",
    },
    {
      name: "preserve_revoked",
      types: ["bool"],
      description: "keep revoked responses in the cache",
    },
    {
      name: "save_interval",
      types: ["int64", "float64", "string"],
      meaning: "seconds",
      description: "interval of cache saves to disk",
    },
  ],
};

/** The map form of tls.ocsp_peer. */
export const OCSP_PEER: BlockSpec = {
  id: "ocsp-peer",
  description: "OCSP checks of peer certificates",
  keyCase: "insensitive",
  variablesAllowed: false,
  keys: [
    { name: "verify", types: ["bool"], description: "check the OCSP status of peer certificates" },
    {
      name: "allowed_clockskew",
      types: ["int64", "float64", "string"],
      meaning: "seconds",
      description: "clock difference tolerated in OCSP response times",
    },
    {
      name: "ca_timeout",
      types: ["int64", "float64", "string"],
      meaning: "seconds",
      description: "timeout of requests to the OCSP responder",
    },
    {
      name: "cache_ttl_when_next_update_unset",
      types: ["int64", "float64", "string"],
      meaning: "seconds",
      description: "cache lifetime of a response without a next-update time",
    },
    {
      name: "warn_only",
      types: ["bool"],
      description: "log failed checks instead of rejecting the peer",
    },
    {
      name: "unknown_is_good",
      types: ["bool"],
      description: "accept a peer whose status is unknown",
    },
    {
      name: "allow_when_ca_unreachable",
      types: ["bool"],
      description: "accept a peer when the responder cannot be reached",
    },
  ],
};
