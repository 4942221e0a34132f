// gateway {}, its authorization and its gateways[] entries (nats-server
// 2.15.0-dev, server/opts.go parseGateway, parseGateways).

import type { BlockSpec } from "../types.js";
import { AUTH_TIMEOUT_OTHER_TYPES, listenerKeys, writeKeys } from "./common.js";

export const GATEWAY: BlockSpec = {
  id: "gateway",
  description: "gateway connections to other clusters",
  keyCase: "insensitive",
  variablesAllowed: true,
  keys: [
    {
      name: "name",
      types: ["string"],
      description: "name of this cluster among gateways, without spaces (required)",
    },
    ...listenerKeys("gateways"),
    {
      name: "advertise",
      types: ["string"],
      meaning: "host-port",
      description: "gateway address announced to other gateways",
    },
    {
      name: "authorization",
      types: ["map"],
      block: "gateway-authorization",
      description: "credentials that other gateways must present",
    },
    {
      name: "tls",
      types: ["map"],
      block: "tls",
      description: "TLS of gateways, which always verifies peer certificates",
    },
    {
      name: "connect_retries",
      types: ["int64"],
      description: "connect attempts for a configured gateway",
    },
    {
      name: "connect_backoff",
      types: ["bool"],
      description: "back off between gateway connect attempts",
    },
    {
      name: "gateways",
      types: ["array"],
      block: "gateway-remote",
      description: "gateways of other clusters to connect to",
    },
    {
      name: "reject_unknown",
      aliases: ["reject_unknown_cluster"],
      types: ["bool"],
      description: "reject gateways of clusters not listed in gateways",
    },
    ...writeKeys("gateways"),
  ],
};

/**
 * gateway.authorization. The server parses it like the top-level block and then
 * rejects `users`, `token` and `auth_callout` (rule cluster-auth-multi), so
 * those keys are known here but carry no block.
 */
export const GATEWAY_AUTHORIZATION: BlockSpec = {
  id: "gateway-authorization",
  description: "the single user that gateways authenticate as",
  keyCase: "insensitive",
  variablesAllowed: true,
  keys: [
    {
      name: "user",
      aliases: ["username"],
      types: ["string"],
      description: "user name that gateways present",
    },
    {
      name: "password",
      aliases: ["pass"],
      types: ["string"],
      description: "password that gateways present, plain or bcrypt",
    },
    {
      name: "timeout",
      types: ["int64", "float64", "string"],
      typesSince: { string: "2.11.2" },
      typeBeforeSince: "ignored",
      otherTypesAccepted: AUTH_TIMEOUT_OTHER_TYPES,
      meaning: "seconds",
      description: "time allowed for a gateway to authenticate",
    },
    {
      name: "users",
      types: ["array"],
      description: "rejected here: gateways authenticate as a single user",
    },
    { name: "token", types: ["string"], description: "rejected here: gateways cannot use a token" },
    {
      name: "auth_callout",
      aliases: ["auth_hook"],
      types: ["map"],
      description: "rejected here: gateways cannot use an authorization callout",
    },
    {
      name: "default_permissions",
      aliases: ["default_permission", "permissions"],
      types: ["map"],
      block: "permissions",
      description: "accepted but not used for gateways",
    },
    { name: "proxy_required", types: ["bool"], description: "accepted but not used for gateways" },
  ],
};

export const GATEWAY_REMOTE: BlockSpec = {
  id: "gateway-remote",
  description: "one entry of gateway.gateways: another cluster to connect to",
  keyCase: "insensitive",
  variablesAllowed: true,
  keys: [
    {
      name: "name",
      types: ["string"],
      description: "gateway name of the other cluster (required)",
    },
    { name: "url", types: ["string"], meaning: "url", description: "one URL of the other cluster" },
    // As cluster.routes: nats-server 2.9.10 to 2.14 fail on a URL that is not a string.
    {
      name: "urls",
      types: ["array"],
      items: ["string"],
      meaning: "url",
      description: "URLs of the other cluster",
    },
    {
      name: "tls",
      types: ["map"],
      block: "tls",
      description: "TLS of connections to the other cluster",
    },
  ],
};
