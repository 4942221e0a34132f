// Top-level keys of a nats-server config, and the small maps that only the
// top level contains (nats-server 2.15.0-dev, server/opts.go
// processConfigFileLine, parseProxies).

import type { BlockSpec } from "../types.js";
import { listenerKeys, writeKeys } from "./common.js";

export const TOP: BlockSpec = {
  id: "top",
  description: "top level of the config",
  keyCase: "insensitive",
  variablesAllowed: true,
  keys: [
    ...listenerKeys("clients"),
    {
      name: "client_advertise",
      types: ["string"],
      meaning: "host-port",
      description: "client address announced to clients in place of the listen address",
    },
    { name: "server_name", types: ["string"], description: "server name, without spaces" },

    // Logging
    { name: "debug", types: ["bool"], description: "debug logging" },
    { name: "trace", types: ["bool"], description: "protocol trace logging" },
    {
      name: "trace_verbose",
      types: ["bool"],
      description: "verbose protocol tracing, which also sets trace",
    },
    {
      name: "trace_headers",
      types: ["bool"],
      description: "tracing of message headers only, which also sets trace",
    },
    { name: "logtime", types: ["bool"], description: "timestamps on log lines" },
    { name: "logtime_utc", types: ["bool"], description: "log timestamps in UTC" },
    { name: "syslog", types: ["bool"], description: "logging to the local syslog" },
    {
      name: "remote_syslog",
      types: ["string"],
      meaning: "url",
      description: "address of a remote syslog server",
    },
    {
      name: "logfile",
      aliases: ["log_file"],
      types: ["string"],
      meaning: "path",
      description: "log file",
    },
    {
      name: "logfile_size_limit",
      aliases: ["log_size_limit"],
      types: ["int64"],
      meaning: "size",
      description: "log file size at which the file is rotated",
    },
    {
      name: "logfile_max_num",
      aliases: ["log_max_num"],
      types: ["int64"],
      description: "rotated log files kept",
    },
    {
      name: "max_traced_msg_len",
      types: ["int64"],
      description: "maximum message length shown in traces",
    },
    {
      name: "pidfile",
      aliases: ["pid_file"],
      types: ["string"],
      meaning: "path",
      description: "file that receives the process id",
    },
    {
      name: "ports_file_dir",
      types: ["string"],
      meaning: "path",
      description: "directory for the file listing the bound ports",
    },
    { name: "prof_port", types: ["int64"], description: "port of the Go profiling endpoint" },
    {
      name: "prof_block_rate",
      types: ["int64"],
      description: "Go block profiling rate, which costs performance above 0",
    },

    // Monitoring
    {
      name: "http",
      types: ["int64", "string"],
      meaning: "host-port",
      description: "HTTP monitoring address, as a port or host:port",
    },
    {
      name: "https",
      types: ["int64", "string"],
      meaning: "host-port",
      description: "HTTPS monitoring address, as a port or host:port",
    },
    {
      name: "http_port",
      aliases: ["monitor_port"],
      types: ["int64"],
      description: "HTTP monitoring port",
    },
    {
      name: "https_port",
      types: ["int64"],
      description: "HTTPS monitoring port, served with the top-level tls block",
    },
    {
      name: "http_base_path",
      types: ["string"],
      description: "URL path prefix of the monitoring endpoints",
    },

    // Limits
    {
      name: "max_control_line",
      types: ["int64"],
      meaning: "size",
      max: 2147483647,
      description: "maximum protocol line length (default 4096)",
    },
    {
      name: "max_payload",
      types: ["int64"],
      meaning: "size",
      max: 2147483647,
      description: "maximum message payload (default 1 MiB)",
    },
    {
      name: "max_pending",
      types: ["int64"],
      meaning: "size",
      description: "maximum bytes buffered for a client (default 64 MiB)",
    },
    {
      name: "max_connections",
      aliases: ["max_conn"],
      types: ["int64"],
      description:
        "maximum client connections (default 65536), where 0 rejects every client since 2.14.0",
    },
    {
      name: "max_subscriptions",
      aliases: ["max_subs"],
      types: ["int64"],
      description: "maximum subscriptions per client, or 0 for no limit",
    },
    {
      name: "max_sub_tokens",
      aliases: ["max_subscription_tokens"],
      types: ["int64"],
      min: 1,
      max: 255,
      description: "maximum tokens in a subscription subject, 1 to 255",
    },
    {
      name: "max_closed_clients",
      types: ["int64"],
      description: "closed connections kept for monitoring (default 10000)",
    },
    {
      name: "ping_interval",
      types: ["string", "int64"],
      meaning: "duration",
      description: "interval of client pings (default 2m)",
    },
    {
      name: "ping_max",
      types: ["int64"],
      description: "unanswered pings before a client is closed (default 2)",
    },
    ...writeKeys("clients"),
    {
      name: "lame_duck_duration",
      types: ["string"],
      meaning: "duration-string",
      description: "time over which lame duck mode closes clients, at least 30s (default 2m)",
    },
    {
      name: "lame_duck_grace_period",
      types: ["string"],
      meaning: "duration-string",
      description: "wait before lame duck mode starts closing clients (default 10s)",
    },
    {
      name: "connect_error_reports",
      types: ["int64"],
      description: "connect attempts between logged errors (default 3600)",
    },
    {
      name: "reconnect_error_reports",
      types: ["int64"],
      description: "reconnect attempts between logged errors (default 1)",
    },

    // Client protocol
    {
      name: "proxy_protocol",
      types: ["bool"],
      description: "read a PROXY protocol header on client connections",
    },
    {
      name: "allow_non_tls",
      types: ["bool"],
      description: "accept clients without TLS when tls is configured",
    },
    { name: "no_header_support", types: ["bool"], description: "disable message headers" },
    {
      name: "disable_sublist_cache",
      aliases: ["no_sublist_cache"],
      types: ["bool"],
      description: "disable the subscription match cache",
    },
    {
      name: "no_fast_producer_stall",
      types: ["bool"],
      description: "drop messages instead of stalling fast producers",
    },

    // TLS and OCSP
    {
      name: "tls",
      types: ["map"],
      block: "tls",
      description: "TLS of the client port, also used by HTTPS monitoring",
    },
    {
      name: "ocsp",
      types: ["bool", "map"],
      block: "ocsp",
      description: "OCSP stapling of the server certificates",
    },
    {
      name: "ocsp_cache",
      types: ["bool", "map"],
      block: "ocsp-cache",
      description: "cache of OCSP responses for peer checks",
    },

    // Authentication and accounts
    {
      name: "authorization",
      types: ["map"],
      block: "authorization",
      description: "client authentication and authorization",
    },
    {
      name: "accounts",
      types: ["map", "array"],
      block: "accounts",
      items: ["string"],
      // parseAccounts has no case for other types (2.9.10 to 2.14.5), so a
      // string, number, boolean or date-time passes and defines nothing.
      otherTypesAccepted: { effect: "defines no accounts" },
      description: "accounts, as a map of name to account or an array of names",
    },
    {
      name: "no_auth_user",
      types: ["string"],
      description: "user that clients without credentials become",
    },
    // The server reads system_account and system in a pass of its own, by exact
    // lower-case key: `System_Account` or `SYSTEM` passes the main switch and is
    // silently dropped (nats-server 2.9.10 to 2.14).
    {
      name: "system_account",
      aliases: ["system"],
      types: ["string"],
      exactCase: true,
      description: "name of the system account",
    },
    {
      name: "no_system_account",
      aliases: ["no_system", "no_sys_acc"],
      types: ["bool"],
      description: "run without a system account",
    },
    {
      name: "mappings",
      aliases: ["maps"],
      types: ["map"],
      block: "mappings",
      description: "subject mappings of the global account",
    },
    {
      name: "proxies",
      types: ["map"],
      block: "proxies",
      description: "trusted proxies that may connect clients",
    },

    // Operator mode
    {
      name: "operator",
      aliases: ["operators", "root", "roots", "root_operator", "root_operators"],
      types: ["string", "array"],
      items: ["string"],
      // Up to 2.10.20 the server checked for a []string, which the parser never
      // produces, so only the string form worked; 2.10.21 reads arrays.
      typesSince: { array: "2.10.21" },
      description: "operator JWTs, as file paths or inline tokens",
    },
    {
      name: "trusted",
      aliases: ["trusted_keys"],
      types: ["string", "array"],
      items: ["string"],
      description: "public nkeys of trusted operators",
    },
    {
      name: "resolver",
      aliases: ["account_resolver", "accounts_resolver"],
      types: ["string", "map"],
      block: "resolver",
      description: 'account JWT resolver: MEM, URL("...") or a map',
    },
    {
      name: "resolver_tls",
      types: ["map"],
      block: "tls",
      description: "TLS of connections to a URL resolver",
    },
    {
      name: "resolver_preload",
      types: ["map"],
      block: "resolver-preload",
      description: "account JWTs loaded into the resolver at start",
    },
    {
      name: "resolver_pinned_accounts",
      types: ["string", "array"],
      items: ["string"],
      description: "public nkeys of accounts whose JWTs must not change",
    },
    {
      name: "default_sentinel",
      types: ["string"],
      description: "bearer user JWT for clients without credentials, with operators",
    },

    // Other listeners and clustering
    {
      name: "cluster",
      types: ["map"],
      block: "cluster",
      description: "routes to the other servers of the cluster",
    },
    {
      name: "gateway",
      types: ["map"],
      block: "gateway",
      description: "gateways to other clusters",
    },
    {
      name: "leafnodes",
      aliases: ["leaf"],
      types: ["map"],
      block: "leafnodes",
      description: "leafnode listener and remotes",
    },
    {
      name: "websocket",
      aliases: ["ws"],
      types: ["map"],
      block: "websocket",
      description: "WebSocket listener",
    },
    { name: "mqtt", types: ["map"], block: "mqtt", description: "MQTT listener" },

    // JetStream
    {
      name: "jetstream",
      types: ["bool", "string", "map"],
      block: "jetstream",
      values: ["enabled", "enable", "disabled", "disable"],
      valuesIgnoreCase: true,
      description: "JetStream: a bool, enabled/disabled, or a map of settings",
    },
    {
      name: "store_dir",
      aliases: ["storedir"],
      types: ["string"],
      meaning: "path",
      description: "JetStream storage directory, unless jetstream.store_dir is set",
    },
    {
      name: "default_js_domain",
      types: ["map"],
      block: "default-js-domain",
      description: "JetStream domain per account (deprecated)",
    },

    // Metadata
    {
      name: "server_tags",
      types: ["string", "array"],
      items: ["string"],
      description: "tags of this server, used for placement",
    },
    {
      name: "server_metadata",
      types: ["map"],
      block: "server-metadata",
      description: "names and values describing this server",
    },
    {
      name: "feature_flags",
      types: ["map"],
      block: "feature-flags",
      description: "feature flags by name",
    },
  ],
};

export const SERVER_METADATA: BlockSpec = {
  id: "server-metadata",
  description: "metadata of the server, by name",
  keyCase: "exact",
  variablesAllowed: true,
  keys: [],
  dataEntries: { types: ["string"], description: "a metadata value" },
};

export const FEATURE_FLAGS: BlockSpec = {
  id: "feature-flags",
  description: "feature flags, by name",
  keyCase: "exact",
  variablesAllowed: true,
  keys: [],
  dataEntries: { types: ["bool"], description: "whether the feature is on" },
};

export const PROXIES: BlockSpec = {
  id: "proxies",
  description: "trusted proxies",
  keyCase: "insensitive",
  variablesAllowed: true,
  keys: [
    {
      name: "trusted",
      types: ["array"],
      block: "trusted-proxy",
      description: "proxies that are trusted",
    },
  ],
};

export const TRUSTED_PROXY: BlockSpec = {
  id: "trusted-proxy",
  description: "one entry of proxies.trusted",
  keyCase: "insensitive",
  variablesAllowed: true,
  keys: [
    {
      name: "key",
      aliases: ["public_key"],
      types: ["string"],
      description: "public nkey of the proxy",
    },
  ],
};
