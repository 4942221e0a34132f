// leafnodes {} (also written leaf {}): the leafnode listener, its
// authorization and users, and the remotes this server dials (nats-server
// 2.15.0-dev, server/opts.go parseLeafNodes, parseLeafAuthorization,
// parseLeafUsers, parseRemoteLeafNodes).

import type { BlockSpec } from "../types.js";
import { AUTH_TIMEOUT_OTHER_TYPES, compressionKey, listenerKeys, writeKeys } from "./common.js";

export const LEAFNODES: BlockSpec = {
  id: "leafnodes",
  description: "leafnode listener and the remotes this server connects to",
  keyCase: "insensitive",
  variablesAllowed: true,
  keys: [
    ...listenerKeys("leafnodes"),
    {
      name: "advertise",
      aliases: ["leafnode_advertise"],
      types: ["string"],
      meaning: "host-port",
      description: "leafnode address announced to leafnodes",
    },
    {
      name: "no_advertise",
      types: ["bool"],
      description: "do not send leafnodes the leafnode URLs of the other cluster servers",
    },
    {
      name: "authorization",
      types: ["map"],
      block: "leafnode-authorization",
      description: "credentials that accepted leafnodes must present",
    },
    {
      name: "tls",
      types: ["map"],
      block: "tls",
      description: "TLS of the leafnode listener, whose pinned_certs also apply to remotes",
    },
    {
      name: "remotes",
      types: ["array"],
      block: "leafnode-remote",
      description: "servers this server connects to as a leafnode",
    },
    {
      name: "reconnect",
      aliases: ["reconnect_delay", "reconnect_interval"],
      types: ["string", "int64"],
      meaning: "duration",
      // Before 2.10.12 the server read only an integer number of seconds.
      typesSince: { string: "2.10.12" },
      description: "wait between reconnect attempts of remotes",
    },
    {
      name: "dial_timeout",
      types: ["string", "int64"],
      meaning: "duration",
      description: "timeout of a remote's TCP connect",
    },
    {
      name: "min_version",
      aliases: ["minimum_version"],
      types: ["string"],
      description: "lowest server version of accepted leafnodes, at least 2.8.0",
    },
    compressionKey("S2 compression of accepted leafnodes (default s2_auto)"),
    {
      name: "isolate_leafnode_interest",
      aliases: ["isolate"],
      types: ["bool"],
      description: "keep the subject interest of each leafnode from the other leafnodes",
    },
    ...writeKeys("leafnodes"),
  ],
};

/** leafnodes.authorization: a single user or nkey, or a users array. */
export const LEAFNODE_AUTHORIZATION: BlockSpec = {
  id: "leafnode-authorization",
  description: "authentication of accepted leafnodes",
  keyCase: "insensitive",
  variablesAllowed: true,
  keys: [
    {
      name: "user",
      aliases: ["username"],
      types: ["string"],
      description: "the single leafnode user's name",
    },
    {
      name: "password",
      aliases: ["pass"],
      types: ["string"],
      description: "the single leafnode user's password, plain or bcrypt",
    },
    {
      name: "nkey",
      types: ["string"],
      description: "public user nkey (starts with U) that leafnodes sign with",
    },
    {
      name: "timeout",
      types: ["int64", "float64", "string"],
      typesSince: { string: "2.11.2" },
      typeBeforeSince: "ignored",
      otherTypesAccepted: AUTH_TIMEOUT_OTHER_TYPES,
      meaning: "seconds",
      description: "time allowed for a leafnode to authenticate",
    },
    {
      name: "users",
      types: ["array"],
      block: "leafnode-user",
      description: "leafnode users, each bound to an account",
    },
    {
      name: "account",
      types: ["string"],
      description: "account that the single user or nkey binds to",
    },
    {
      name: "proxy_required",
      types: ["bool"],
      description: "accept leafnodes only through a trusted proxy",
    },
  ],
};

export const LEAFNODE_USER: BlockSpec = {
  id: "leafnode-user",
  description: "one user in leafnodes.authorization.users",
  keyCase: "insensitive",
  variablesAllowed: true,
  keys: [
    {
      name: "user",
      aliases: ["username"],
      types: ["string"],
      description:
        "the user's name, or with certificate mapping an email, DNS name, URI or subject DN",
    },
    {
      name: "password",
      aliases: ["pass"],
      types: ["string"],
      description: "the password, plain or bcrypt",
    },
    { name: "account", types: ["string"], description: "account that the leafnode binds to" },
    {
      name: "proxy_required",
      types: ["bool"],
      description: "accept this user only through a trusted proxy",
    },
  ],
};

export const LEAFNODE_REMOTE: BlockSpec = {
  id: "leafnode-remote",
  description: "one entry of leafnodes.remotes: a server to connect to as a leafnode",
  keyCase: "insensitive",
  variablesAllowed: true,
  keys: [
    {
      name: "urls",
      aliases: ["url"],
      types: ["string", "array"],
      // nats-server 2.9.10 to 2.14 fail on an item that is not a string.
      items: ["string"],
      meaning: "url",
      description: "URLs of the remote server, all nats:// or all ws://",
    },
    {
      name: "account",
      aliases: ["local"],
      types: ["string"],
      description: "local account the connection binds to",
    },
    {
      name: "creds",
      aliases: ["credentials"],
      types: ["string"],
      meaning: "path",
      description: "credentials file (user JWT and seed)",
    },
    {
      name: "nkey",
      aliases: ["seed"],
      types: ["string"],
      description: "user nkey seed (starts with SU), unless creds is set",
    },
    {
      name: "tls",
      types: ["map"],
      block: "tls",
      description: "TLS of the connection to the remote",
    },
    { name: "hub", types: ["bool"], description: "treat the remote as the hub" },
    {
      name: "no_randomize",
      aliases: ["dont_randomize"],
      types: ["bool"],
      description: "try the URLs in the order given",
    },
    {
      name: "deny_imports",
      aliases: ["deny_import"],
      types: ["string", "array"],
      meaning: "subject",
      description: "subjects not received from the remote",
    },
    {
      name: "deny_exports",
      aliases: ["deny_export"],
      types: ["string", "array"],
      meaning: "subject",
      description: "subjects not sent to the remote",
    },
    {
      name: "ws_compress",
      aliases: ["ws_compression", "websocket_compress", "websocket_compression"],
      types: ["bool"],
      description: "WebSocket compression, for ws:// URLs",
    },
    {
      name: "ws_no_masking",
      aliases: ["websocket_no_masking"],
      types: ["bool"],
      description: "send unmasked WebSocket frames, for ws:// URLs",
    },
    // Before 2.11.0 the server sets the migration on for any value, even false,
    // and reads nothing inside a map (v2.10.29 and v2.11.0 sources).
    {
      name: "jetstream_cluster_migrate",
      aliases: ["js_cluster_migrate"],
      types: ["bool", "map"],
      otherTypesAccepted: { effect: "turns the migration on", until: "2.11.0" },
      block: "jetstream-cluster-migrate",
      description:
        "move JetStream leaders of replicated assets away from this server when the remote disconnects",
    },
    {
      name: "isolate_leafnode_interest",
      aliases: ["isolate"],
      types: ["bool"],
      description: "keep subject interest that originates locally from the remote",
    },
    {
      name: "request_isolation",
      types: ["bool"],
      description: "ask the remote to keep its local subject interest from this server",
    },
    compressionKey("S2 compression of the connection (on means s2_auto)"),
    {
      name: "first_info_timeout",
      types: ["string", "int64"],
      meaning: "duration",
      description: "wait for the remote's first INFO protocol line",
    },
    {
      name: "dial_timeout",
      types: ["string", "int64"],
      meaning: "duration",
      description: "timeout of the TCP connect",
    },
    {
      name: "disabled",
      types: ["bool"],
      description: "keep the remote configured but do not connect",
    },
    {
      name: "proxy",
      types: ["map"],
      block: "leafnode-remote-proxy",
      description: "HTTP proxy for WebSocket URLs",
    },
    {
      name: "ignore_discovered_servers",
      types: ["bool"],
      description: "connect only to the configured URLs, not to discovered ones",
    },
  ],
};

export const LEAFNODE_REMOTE_PROXY: BlockSpec = {
  id: "leafnode-remote-proxy",
  description: "HTTP proxy of a leafnode remote",
  keyCase: "insensitive",
  variablesAllowed: true,
  keys: [
    { name: "url", types: ["string"], meaning: "url", description: "proxy URL" },
    { name: "username", types: ["string"], description: "proxy user name" },
    { name: "password", types: ["string"], description: "proxy password" },
    {
      name: "timeout",
      types: ["string", "int64"],
      meaning: "duration",
      description: "timeout of the proxy connect",
    },
  ],
};

/**
 * The map form of a remote's jetstream_cluster_migrate. The server reads its
 * key by exact name from 2.11.0, and earlier releases read nothing inside.
 */
export const JETSTREAM_CLUSTER_MIGRATE: BlockSpec = {
  id: "jetstream-cluster-migrate",
  description: "settings of jetstream_cluster_migrate",
  keyCase: "exact",
  unknownKeys: "ignored",
  variablesAllowed: true,
  keys: [
    {
      name: "leader_migrate_delay",
      types: ["string", "int64"],
      meaning: "duration",
      since: "2.11.0",
      description: "wait after the remote disconnects before leaders move",
    },
  ],
};
