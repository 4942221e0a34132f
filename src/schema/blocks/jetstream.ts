// The server's jetstream {} block and its nested maps, and the top-level
// default_js_domain map (nats-server 2.15.0-dev, server/opts.go parseJetStream,
// parseJetStreamLimits, parseJetStreamLimitsBatch, parseJetStreamTPM).
// The account-level jetstream block is in accounts.ts.

import type { BlockSpec } from "../types.js";

/** Encryption ciphers of JetStream storage, which the server matches without case. */
const STORE_CIPHERS = ["aes", "chacha", "chachapoly"];

export const JETSTREAM: BlockSpec = {
  id: "jetstream",
  description: "JetStream settings of the server",
  keyCase: "insensitive",
  variablesAllowed: true,
  keys: [
    {
      name: "enable",
      aliases: ["enabled"],
      types: ["bool"],
      description: "whether JetStream runs (default true when the map is given)",
    },
    {
      name: "strict",
      types: ["bool"],
      description: "strict checking of JetStream API requests (default true)",
    },
    {
      name: "store_dir",
      aliases: ["store", "storedir"],
      types: ["string"],
      meaning: "path",
      description: "storage directory, unless the top-level store_dir is set",
    },
    // Storage sizes may also be strings with a K, M, G or T suffix (upper case,
    // powers of 1024), unlike other size keys.
    {
      name: "max_memory_store",
      aliases: ["max_mem_store", "max_mem"],
      types: ["int64", "string"],
      meaning: "size",
      description: "maximum memory for memory-backed streams",
    },
    {
      name: "max_file_store",
      aliases: ["max_file"],
      types: ["int64", "string"],
      meaning: "size",
      description: "maximum disk space for file-backed streams",
    },
    {
      name: "sync_interval",
      aliases: ["sync"],
      types: ["string", "int64"],
      meaning: "duration",
      values: ["always"],
      valuesIgnoreCase: true,
      description: 'interval of storage syncs to disk, or "always" to sync every write',
    },
    { name: "domain", types: ["string"], description: "JetStream domain, without '.', '*' or '>'" },
    {
      name: "key",
      aliases: ["ek", "encryption_key"],
      types: ["string"],
      description: "key that encrypts stored data",
    },
    {
      name: "prev_key",
      aliases: ["prev_ek", "prev_encryption_key"],
      types: ["string"],
      description: "previous encryption key, to re-encrypt data after a key change",
    },
    {
      name: "cipher",
      types: ["string"],
      values: STORE_CIPHERS,
      valuesIgnoreCase: true,
      description: "cipher of stored data (chacha is unavailable in FIPS mode)",
    },
    {
      name: "tpm",
      types: ["map"],
      block: "jetstream-tpm",
      description: "encryption key sealed in a TPM; not together with key",
    },
    {
      name: "extension_hint",
      types: ["string"],
      values: ["will_extend", "no_extend"],
      valuesIgnoreCase: true,
      description: "whether a standalone server will be extended into a cluster",
    },
    {
      name: "unique_tag",
      types: ["string"],
      description: "server tag prefix whose values replicas must not share",
    },
    {
      name: "limits",
      types: ["map"],
      block: "jetstream-limits",
      description: "server-wide limits of JetStream API requests",
    },
    {
      name: "max_outstanding_catchup",
      types: ["int64", "string"],
      meaning: "size",
      description: "maximum bytes in flight while replicas catch up",
    },
    {
      name: "max_buffered_size",
      types: ["int64", "string"],
      meaning: "size",
      description: "maximum bytes queued for ingest per stream",
    },
    {
      name: "max_buffered_msgs",
      types: ["int64"],
      description: "maximum messages queued for ingest per stream",
    },
    {
      name: "request_queue_limit",
      types: ["int64"],
      description: "maximum queued JetStream API requests",
    },
    {
      name: "info_queue_limit",
      types: ["int64"],
      description: "maximum queued JetStream info requests",
    },
    {
      name: "meta_compact",
      types: ["int64"],
      description: "metadata log entries above which a snapshot is taken",
    },
    {
      name: "meta_compact_size",
      types: ["int64", "string"],
      meaning: "size",
      description: "metadata log bytes above which a snapshot is taken",
    },
    {
      name: "meta_compact_sync",
      types: ["bool"],
      description: "take metadata snapshots synchronously",
    },
    {
      name: "max_concurrent_io",
      types: ["int64"],
      min: 4,
      max: 8192,
      description: "maximum concurrent disk operations, 4 to 8192",
    },
  ],
};

export const JETSTREAM_TPM: BlockSpec = {
  id: "jetstream-tpm",
  description: "TPM that seals the JetStream encryption key",
  keyCase: "insensitive",
  variablesAllowed: true,
  keys: [
    {
      name: "keys_file",
      types: ["string"],
      meaning: "path",
      description: "file that contains the sealed keys",
    },
    {
      name: "encryption_password",
      types: ["string"],
      description: "password of the sealed encryption key",
    },
    {
      name: "srk_password",
      types: ["string"],
      description: "password of the TPM storage root key",
    },
    {
      name: "pcr",
      types: ["int64"],
      description: "TPM platform configuration register that the key is bound to",
    },
    {
      name: "cipher",
      types: ["string"],
      values: STORE_CIPHERS,
      valuesIgnoreCase: true,
      description: "cipher of stored data",
    },
  ],
};

export const JETSTREAM_LIMITS: BlockSpec = {
  id: "jetstream-limits",
  description: "server-wide JetStream limits",
  keyCase: "insensitive",
  variablesAllowed: true,
  keys: [
    {
      name: "max_ack_pending",
      types: ["int64"],
      description: "maximum unacknowledged messages per consumer",
    },
    {
      name: "max_ha_assets",
      types: ["int64"],
      description: "maximum replicated streams and consumers on this server",
    },
    {
      name: "max_request_batch",
      types: ["int64"],
      description: "maximum batch size of a pull request",
    },
    {
      name: "duplicate_window",
      types: ["string"],
      meaning: "duration-string",
      description: "maximum duplicate detection window of a stream",
    },
    {
      name: "batch",
      types: ["map"],
      block: "jetstream-limits-batch",
      description: "limits of atomic batch publishing",
    },
  ],
};

export const JETSTREAM_LIMITS_BATCH: BlockSpec = {
  id: "jetstream-limits-batch",
  description: "limits of atomic batch publishing",
  keyCase: "insensitive",
  variablesAllowed: true,
  keys: [
    {
      name: "max_inflight_per_stream",
      types: ["int64"],
      description: "maximum open batches per stream",
    },
    {
      name: "max_inflight_total",
      types: ["int64"],
      description: "maximum open batches on the server",
    },
    { name: "max_msgs", types: ["int64"], description: "maximum messages in one batch" },
    {
      name: "timeout",
      types: ["string"],
      meaning: "duration-string",
      description: "maximum wait for the commit message of a batch",
    },
  ],
};

/** default_js_domain: account name to JetStream domain (deprecated, with a runtime warning). */
export const DEFAULT_JS_DOMAIN: BlockSpec = {
  id: "default-js-domain",
  description: "default JetStream domain per account",
  keyCase: "exact",
  variablesAllowed: true,
  keys: [],
  dataEntries: { types: ["string"], description: "the account's JetStream domain" },
};
