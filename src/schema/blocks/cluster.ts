// cluster {}, its authorization, and the compression map that routes and
// leafnodes share (nats-server 2.15.0-dev, server/opts.go parseCluster,
// parseCompression).

import type { BlockSpec } from "../types.js";
import {
  AUTH_TIMEOUT_OTHER_TYPES,
  COMPRESSION_MODES,
  compressionKey,
  listenerKeys,
  writeKeys,
} from "./common.js";

export const CLUSTER: BlockSpec = {
  id: "cluster",
  description: "routes between the servers of a cluster",
  keyCase: "insensitive",
  variablesAllowed: true,
  keys: [
    {
      name: "name",
      types: ["string"],
      description: "cluster name, without spaces, equal to gateway.name when both are set",
    },
    ...listenerKeys("routes"),
    {
      name: "advertise",
      aliases: ["cluster_advertise"],
      types: ["string"],
      meaning: "host-port",
      description: "route address announced to other servers",
    },
    {
      name: "no_advertise",
      types: ["bool"],
      description: "do not send clients the client URLs of the other cluster servers",
    },
    {
      name: "authorization",
      types: ["map"],
      block: "cluster-authorization",
      description: "credentials that other servers' routes must present",
    },
    {
      name: "tls",
      types: ["map"],
      block: "tls",
      description: "TLS of routes, which always verifies peer certificates",
    },
    // nats-server 2.9.10 to 2.14 convert each route to a string without a type
    // check, so an item of another type fails the config.
    {
      name: "routes",
      types: ["array"],
      items: ["string"],
      meaning: "url",
      description: "URLs of the routes to open",
    },
    {
      name: "connect_retries",
      types: ["int64"],
      description: "connect attempts for a configured route",
    },
    {
      name: "connect_backoff",
      types: ["bool"],
      description: "back off between route connect attempts",
    },
    {
      name: "permissions",
      types: ["map"],
      block: "permissions",
      description: "subjects imported and exported over routes, without queues or allow_responses",
    },
    {
      name: "pool_size",
      types: ["int64"],
      description: "route connections per server pair (default 3; -1 disables pooling)",
    },
    {
      name: "accounts",
      types: ["string", "array"],
      items: ["string"],
      description: "accounts that get a dedicated route each",
    },
    compressionKey("S2 compression of routes (default accept, and on means s2_fast)"),
    {
      name: "ping_interval",
      types: ["string", "int64"],
      meaning: "duration",
      description: "interval of route pings, capped at 30s with a warning",
    },
    {
      name: "ping_max",
      types: ["int64"],
      description: "unanswered pings before a route is closed",
    },
    ...writeKeys("routes"),
  ],
};

/**
 * cluster.authorization. The server parses it like the top-level block and then
 * rejects `users`, `token` and `auth_callout` (rule cluster-auth-multi), so
 * those keys are known here but carry no block.
 */
export const CLUSTER_AUTHORIZATION: BlockSpec = {
  id: "cluster-authorization",
  description: "the single user that routes authenticate as",
  keyCase: "insensitive",
  variablesAllowed: true,
  keys: [
    {
      name: "user",
      aliases: ["username"],
      types: ["string"],
      description: "user name that routes present",
    },
    {
      name: "password",
      aliases: ["pass"],
      types: ["string"],
      description: "password that routes present, plain or bcrypt",
    },
    {
      name: "timeout",
      types: ["int64", "float64", "string"],
      typesSince: { string: "2.11.2" },
      typeBeforeSince: "ignored",
      otherTypesAccepted: AUTH_TIMEOUT_OTHER_TYPES,
      meaning: "seconds",
      description: "time allowed for a route to authenticate",
    },
    {
      name: "users",
      types: ["array"],
      description: "rejected here: routes authenticate as a single user",
    },
    { name: "token", types: ["string"], description: "rejected here: routes cannot use a token" },
    {
      name: "auth_callout",
      aliases: ["auth_hook"],
      types: ["map"],
      description: "rejected here: routes cannot use an authorization callout",
    },
    {
      name: "default_permissions",
      aliases: ["default_permission", "permissions"],
      types: ["map"],
      block: "permissions",
      description: "route permissions (deprecated here in favour of cluster.permissions)",
    },
    { name: "proxy_required", types: ["bool"], description: "accepted but not used for routes" },
  ],
};

export const COMPRESSION: BlockSpec = {
  id: "compression",
  description: "compression mode and round-trip thresholds of routes or leafnodes",
  keyCase: "insensitive",
  variablesAllowed: true,
  keys: [
    {
      name: "mode",
      types: ["string"],
      values: COMPRESSION_MODES,
      valuesIgnoreCase: true,
      valueCheckedAt: "startup",
      description: "compression mode",
    },
    {
      name: "rtt_thresholds",
      aliases: ["thresholds", "rtts", "rtt"],
      types: ["array"],
      meaning: "duration-string",
      description: "round-trip times, ascending and at most 4, that pick the s2_auto level",
    },
  ],
};
