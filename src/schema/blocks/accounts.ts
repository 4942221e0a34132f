// accounts {}, one account, and what an account holds: limits, JetStream
// limits, exports, imports, message tracing and subject mappings (nats-server
// 2.15.0-dev, server/opts.go parseAccounts, parseAccountLimits,
// parseJetStreamForAccount, parseExportStreamOrService, parseServiceLatency,
// parseImportStreamOrService, parseAccount, parseAccountMsgTrace,
// parseAccountMappings, parseAccountMapDest).

import type { BlockSpec } from "../types.js";

/** The map form of accounts {}; the array form is a list of names and has no block. */
export const ACCOUNTS: BlockSpec = {
  id: "accounts",
  description: "accounts by name, which is case-sensitive",
  keyCase: "exact",
  variablesAllowed: true,
  keys: [],
  dataEntries: {
    block: "account",
    types: ["map"],
    description: "an account",
    skipsVariables: true,
  },
};

export const ACCOUNT: BlockSpec = {
  id: "account",
  description: "one account in accounts",
  keyCase: "insensitive",
  variablesAllowed: true,
  keys: [
    { name: "nkey", types: ["string"], description: "public account nkey (starts with A)" },
    { name: "users", types: ["array"], block: "user", description: "users of the account" },
    // Only this spelling: the aliases of the authorization block do not apply here.
    {
      name: "default_permissions",
      types: ["map"],
      block: "permissions",
      description: "permissions of account users that have none of their own",
    },
    {
      name: "imports",
      types: ["array"],
      block: "import",
      description: "streams and services imported from other accounts",
    },
    {
      name: "exports",
      types: ["array"],
      block: "export",
      description: "streams and services offered to other accounts",
    },
    {
      name: "jetstream",
      types: ["bool", "string", "map"],
      block: "account-jetstream",
      values: ["enabled", "enable", "disabled", "disable"],
      valuesIgnoreCase: true,
      description: "JetStream for the account: a bool, enabled/disabled, or a map of limits",
    },
    {
      name: "mappings",
      aliases: ["maps"],
      types: ["map"],
      block: "mappings",
      description: "subject mappings of the account",
    },
    {
      name: "limits",
      types: ["map"],
      block: "account-limits",
      description: "connection and subscription limits of the account",
    },
    {
      name: "msg_trace",
      aliases: ["trace_dest"],
      types: ["string", "map"],
      block: "msg-trace",
      meaning: "subject",
      description: "destination subject of message traces, or a map with sampling",
    },
  ],
};

export const ACCOUNT_LIMITS: BlockSpec = {
  id: "account-limits",
  description: "limits of one account",
  keyCase: "insensitive",
  variablesAllowed: true,
  keys: [
    {
      name: "max_connections",
      aliases: ["max_conn"],
      types: ["int64"],
      description: "maximum client connections of the account",
    },
    {
      name: "max_subscriptions",
      aliases: ["max_subs"],
      types: ["int64"],
      description: "maximum subscriptions of the account",
    },
    {
      name: "max_payload",
      aliases: ["max_pay"],
      types: ["int64"],
      meaning: "size",
      description: "maximum message payload in the account",
    },
    {
      name: "max_leafnodes",
      aliases: ["max_leafs"],
      types: ["int64"],
      description: "maximum leafnode connections of the account",
    },
  ],
};

/** The map form of an account's jetstream key. Sizes here are integers only, never strings. */
export const ACCOUNT_JETSTREAM: BlockSpec = {
  id: "account-jetstream",
  description: "JetStream limits of one account",
  keyCase: "insensitive",
  variablesAllowed: true,
  keys: [
    {
      name: "max_memory",
      aliases: ["max_mem", "mem", "memory"],
      types: ["int64"],
      meaning: "size",
      description: "maximum memory for the account's memory-backed streams",
    },
    {
      name: "max_store",
      aliases: ["max_file", "max_disk", "store", "disk"],
      types: ["int64"],
      meaning: "size",
      description: "maximum disk space for the account's file-backed streams",
    },
    {
      name: "max_streams",
      aliases: ["streams"],
      types: ["int64"],
      description: "maximum streams of the account",
    },
    {
      name: "max_consumers",
      aliases: ["consumers"],
      types: ["int64"],
      description: "maximum consumers of the account",
    },
    // A size written as max_bytes is a type error: this key is a bool.
    {
      name: "max_bytes_required",
      aliases: ["max_stream_bytes", "max_bytes"],
      types: ["bool"],
      description: "whether every stream must set max_bytes",
    },
    {
      name: "mem_max_stream_bytes",
      aliases: ["memory_max_stream_bytes"],
      types: ["int64"],
      meaning: "size",
      description: "maximum max_bytes of one memory-backed stream",
    },
    {
      name: "disk_max_stream_bytes",
      aliases: ["store_max_stream_bytes"],
      types: ["int64"],
      meaning: "size",
      description: "maximum max_bytes of one file-backed stream",
    },
    {
      name: "max_ack_pending",
      types: ["int64"],
      description: "maximum unacknowledged messages per consumer",
    },
    {
      name: "cluster_traffic",
      types: ["string"],
      values: ["system", "owner"],
      description: "account that carries the replication traffic of the account's assets",
    },
  ],
};

/** The map form of msg_trace. */
export const MSG_TRACE: BlockSpec = {
  id: "msg-trace",
  description: "destination and sampling of message traces",
  keyCase: "insensitive",
  variablesAllowed: true,
  keys: [
    {
      name: "dest",
      types: ["string"],
      meaning: "subject",
      description: "subject that receives trace events",
    },
    {
      name: "sampling",
      types: ["int64", "string"],
      description: 'percentage of messages traced, 1 to 100 or "N%"; needs dest',
    },
  ],
};

/** One entry of an account's exports: a stream or a service. */
export const EXPORT: BlockSpec = {
  id: "export",
  description: "one stream or service export",
  keyCase: "insensitive",
  variablesAllowed: true,
  keys: [
    {
      name: "stream",
      types: ["string"],
      meaning: "subject",
      description: "subject of an exported stream",
    },
    {
      name: "service",
      types: ["string"],
      meaning: "subject",
      description: "subject of an exported service",
    },
    {
      name: "accounts",
      types: ["array"],
      // nats-server 2.9.10 to 2.14 fail on an item that is not a string.
      items: ["string"],
      description: "accounts that may import, or none for a public export",
    },
    {
      name: "response",
      aliases: ["response_type"],
      types: ["string"],
      values: ["single", "singleton", "stream", "chunk", "chunked"],
      valuesIgnoreCase: true,
      description: "kind of service response",
    },
    {
      name: "threshold",
      aliases: ["response_threshold", "response_max_time", "response_time"],
      types: ["string"],
      meaning: "duration-string",
      description: "time a service may take to respond",
    },
    {
      name: "latency",
      types: ["string", "map"],
      block: "export-latency",
      meaning: "subject",
      description: "subject for service latency reports, or a map with sampling",
    },
    {
      name: "account_token_position",
      types: ["int64"],
      description: "subject token that must equal the importing account's nkey",
    },
    {
      name: "allow_trace",
      types: ["bool"],
      description: "allow message tracing through the service",
    },
  ],
};

/** The map form of an export's latency. The server reads its keys by exact name and ignores others. */
export const EXPORT_LATENCY: BlockSpec = {
  id: "export-latency",
  description: "service latency reporting",
  keyCase: "exact",
  unknownKeys: "ignored",
  variablesAllowed: true,
  keys: [
    {
      name: "sampling",
      types: ["int64", "string"],
      description: 'percentage of requests measured, 1 to 100 or "N%", or "headers"',
    },
    {
      name: "subject",
      types: ["string"],
      meaning: "subject",
      description: "subject that receives latency reports (required)",
    },
  ],
};

/** One entry of an account's imports: a stream or a service. */
export const IMPORT: BlockSpec = {
  id: "import",
  description: "one stream or service import",
  keyCase: "insensitive",
  variablesAllowed: true,
  keys: [
    {
      name: "stream",
      types: ["map"],
      block: "import-source",
      description: "account and subject of an imported stream",
    },
    {
      name: "service",
      types: ["map"],
      block: "import-source",
      description: "account and subject of an imported service",
    },
    {
      name: "prefix",
      types: ["string"],
      meaning: "subject",
      description: "subject prefix of an imported stream, unless to is set",
    },
    {
      name: "to",
      types: ["string"],
      meaning: "subject",
      description: "local subject of the import",
    },
    {
      name: "share",
      types: ["bool"],
      description: "share the requester's latency information with the exporter",
    },
    {
      name: "allow_trace",
      types: ["bool"],
      description: "allow message tracing through the imported stream",
    },
  ],
};

export const IMPORT_SOURCE: BlockSpec = {
  id: "import-source",
  description: "the exporting account and subject of an import",
  keyCase: "insensitive",
  variablesAllowed: true,
  keys: [
    { name: "account", types: ["string"], description: "name of the exporting account (required)" },
    {
      name: "subject",
      types: ["string"],
      meaning: "subject",
      description: "exported subject (required)",
    },
  ],
};

/**
 * Subject mappings at top level or in an account: source subject to a
 * destination subject, one weighted destination, or an array of them.
 */
export const MAPPINGS: BlockSpec = {
  id: "mappings",
  description: "subject mappings by source subject",
  keyCase: "exact",
  variablesAllowed: true,
  keys: [],
  dataEntries: {
    block: "mapping-destination",
    types: ["string", "map", "array"],
    description: "a destination subject, or weighted destinations",
  },
};

/** A weighted destination of a mapping. The server rejects unknown keys here even when they are used as variables. */
export const MAPPING_DESTINATION: BlockSpec = {
  id: "mapping-destination",
  description: "one weighted destination of a subject mapping",
  keyCase: "insensitive",
  variablesAllowed: false,
  keys: [
    {
      name: "dest",
      aliases: ["destination"],
      types: ["string"],
      meaning: "subject",
      description: "destination subject",
    },
    {
      name: "weight",
      types: ["int64", "string"],
      description: 'share of messages sent to this destination, 0 to 100 or "N%" (required)',
    },
    {
      name: "cluster",
      types: ["string"],
      description: "cluster whose servers apply this destination",
    },
  ],
};
