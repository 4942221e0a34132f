// The account resolver of operator mode and its preloaded JWTs
// (nats-server 2.15.0-dev, server/opts.go processConfigFileLine, cases
// resolver and resolver_preload).

import type { BlockSpec } from "../types.js";

/**
 * The map form of resolver. The server looks each key up by its exact name and
 * silently ignores any other key, including a mis-cased one.
 */
export const RESOLVER: BlockSpec = {
  id: "resolver",
  description: "account resolver that stores JWTs in a directory",
  keyCase: "exact",
  unknownKeys: "ignored",
  variablesAllowed: true,
  keys: [
    {
      name: "type",
      types: ["string"],
      values: ["full", "cache", "mem", "memory"],
      valuesIgnoreCase: true,
      description: "resolver kind: full keeps every JWT, cache keeps recent ones",
    },
    {
      name: "dir",
      types: ["string"],
      meaning: "path",
      description: "directory of the JWT store (required for full and cache)",
    },
    {
      name: "allow_delete",
      types: ["bool"],
      description: "accept JWT deletion requests (full only)",
    },
    {
      name: "hard_delete",
      types: ["bool"],
      description: "remove deleted JWT files instead of renaming them (full only)",
    },
    { name: "limit", types: ["int64"], description: "maximum number of JWTs stored" },
    {
      name: "ttl",
      types: ["string"],
      meaning: "duration-string",
      description: "lifetime of a cached JWT (cache only)",
    },
    {
      name: "interval",
      types: ["string"],
      meaning: "duration-string",
      description: "interval of JWT syncs with other servers (full only)",
    },
    {
      name: "timeout",
      types: ["string"],
      meaning: "duration-string",
      description: "timeout of a JWT fetch from other servers",
    },
  ],
};

/** resolver_preload: public account nkey to account JWT. */
export const RESOLVER_PRELOAD: BlockSpec = {
  id: "resolver-preload",
  description: "account JWTs by public account nkey",
  keyCase: "exact",
  variablesAllowed: true,
  keys: [],
  dataEntries: { types: ["string"], description: "an account JWT" },
};
