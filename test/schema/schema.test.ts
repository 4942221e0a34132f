// Checks that the option schema is consistent (links, names, case) and that
// real keys and aliases resolve to the canonical names nats-server uses.

import { describe, expect, test } from "vitest";

import { blockPath, findBlocks } from "../../src/model/walk.js";
import { loadConfigText } from "../../src/resolve/load.js";
import {
  allBlocks,
  findKey,
  findKeyIgnoringCase,
  getBlock,
  keyNames,
  type BlockSpec,
} from "../../src/schema/index.js";

const blocks = allBlocks();

/** Block ids that modules outside the schema look up by name. */
const IDS_USED_ELSEWHERE = [
  "top",
  "tls",
  "tls-cert-pair",
  "authorization",
  "user",
  "permissions",
  "cluster",
  "cluster-authorization",
  "gateway",
  "gateway-authorization",
  "gateway-remote",
  "leafnodes",
  "leafnode-authorization",
  "leafnode-user",
  "leafnode-remote",
  "websocket",
  "websocket-authorization",
  "mqtt",
  "mqtt-authorization",
  "jetstream",
  "accounts",
  "account",
  "account-limits",
  "account-jetstream",
  "export",
  "import",
  "resolver",
  "ocsp",
  "ocsp-cache",
  "mappings",
];

/** Ids of the blocks that `block` links and data entries point to. */
function linkedIds(block: BlockSpec): string[] {
  const ids: string[] = [];
  for (const key of block.keys) if (key.block !== undefined) ids.push(key.block);
  if (block.dataEntries?.block !== undefined) ids.push(block.dataEntries.block);
  return ids;
}

describe("schema structure", () => {
  test("block ids are unique", () => {
    const seen = new Set<string>();
    for (const block of blocks) {
      expect(seen.has(block.id), `duplicate block id ${block.id}`).toBe(false);
      seen.add(block.id);
    }
  });

  test("ids used by other modules exist", () => {
    for (const id of IDS_USED_ELSEWHERE) {
      expect(() => getBlock(id), id).not.toThrow();
    }
  });

  test("block links name existing blocks", () => {
    const ids = new Set(blocks.map((block) => block.id));
    for (const block of blocks) {
      for (const id of linkedIds(block)) {
        expect(ids.has(id), `${block.id} links to unknown block ${id}`).toBe(true);
      }
    }
  });

  test("every block is reachable from top", () => {
    const reached = new Set<string>(["top"]);
    const queue = ["top"];
    while (queue.length > 0) {
      for (const id of linkedIds(getBlock(queue.shift()!))) {
        if (reached.has(id)) continue;
        reached.add(id);
        queue.push(id);
      }
    }
    for (const block of blocks) {
      expect(reached.has(block.id), `${block.id} is not reachable from top`).toBe(true);
    }
  });

  test("names and aliases are unique per block", () => {
    for (const block of blocks) {
      const seen = new Set<string>();
      for (const key of block.keys) {
        for (const name of [key.name, ...(key.aliases ?? [])]) {
          const folded = block.keyCase === "insensitive" ? name.toLowerCase() : name;
          expect(seen.has(folded), `${block.id}: "${name}" is listed twice`).toBe(false);
          seen.add(folded);
        }
      }
    }
  });

  test("insensitive blocks use lower-case names", () => {
    for (const block of blocks.filter((b) => b.keyCase === "insensitive")) {
      for (const name of keyNames(block)) {
        expect(name, `${block.id}: "${name}"`).toBe(name.toLowerCase());
      }
    }
  });

  test("data maps have no keys", () => {
    for (const block of blocks.filter((b) => b.dataEntries !== undefined)) {
      expect(block.keys, block.id).toEqual([]);
      expect(block.dataEntries!.types.length, block.id).toBeGreaterThan(0);
    }
  });

  test("keys have types and descriptions", () => {
    for (const block of blocks) {
      expect(block.description.trim(), block.id).not.toBe("");
      for (const key of block.keys) {
        expect(key.types.length, `${block.id}.${key.name} types`).toBeGreaterThan(0);
        expect(key.description.trim(), `${block.id}.${key.name} description`).not.toBe("");
      }
    }
  });

  test("blocks link only from map-typed keys", () => {
    for (const block of blocks) {
      for (const key of block.keys.filter((k) => k.block !== undefined)) {
        const holdsMaps = key.types.includes("map") || key.types.includes("array");
        expect(holdsMaps, `${block.id}.${key.name}`).toBe(true);
      }
    }
  });

  test("enumerations belong to string keys", () => {
    for (const block of blocks) {
      for (const key of block.keys.filter((k) => k.values !== undefined)) {
        expect(key.types, `${block.id}.${key.name}`).toContain("string");
        expect(key.values!.length, `${block.id}.${key.name}`).toBeGreaterThan(0);
      }
    }
  });

  test("since is a release version", () => {
    for (const block of blocks) {
      for (const key of block.keys.filter((k) => k.since !== undefined)) {
        expect(key.since, `${block.id}.${key.name}`).toMatch(/^2\.\d+\.\d+$/);
      }
    }
  });

  test("otherTypesAccepted.until is a release version", () => {
    for (const block of blocks) {
      for (const key of block.keys) {
        const until = key.otherTypesAccepted?.until;
        if (until !== undefined) expect(until, `${block.id}.${key.name}`).toMatch(/^2\.\d+\.\d+$/);
      }
    }
  });

  test("meaning fits the types", () => {
    for (const block of blocks) {
      for (const key of block.keys) {
        const where = `${block.id}.${key.name}`;
        switch (key.meaning) {
          case "duration":
            expect(key.types, where).toEqual(["string", "int64"]);
            break;
          case "duration-string":
            expect(key.types.includes("int64") || key.types.includes("float64"), where).toBe(false);
            break;
          case "size":
            expect(key.types, where).toContain("int64");
            break;
          case "seconds":
            expect(key.types.includes("int64") || key.types.includes("float64"), where).toBe(true);
            break;
          case "path":
            expect(key.types, where).toEqual(["string"]);
            break;
          case "subject":
          case "url":
            expect(key.types, where).toContain(key.types.includes("string") ? "string" : "array");
            break;
          case "host-port":
            expect(key.types, where).toContain("string");
            break;
          default:
            break;
        }
      }
    }
  });

  test("variables are exempt outside tls and strict blocks", () => {
    const strict = new Set([
      "tls",
      "tls-cert-pair",
      "ocsp",
      "ocsp-cache",
      "ocsp-peer",
      "mapping-destination",
    ]);
    for (const block of blocks) {
      expect(block.variablesAllowed, block.id).toBe(!strict.has(block.id));
    }
  });
});

/** [block, key as written, canonical name]. */
const RESOLVED_KEYS: readonly (readonly [string, string, string])[] = [
  // Spot checks of case folding at the top level.
  ["top", "PORT", "port"],
  ["top", "Listen", "listen"],
  ["top", "system", "system_account"],
  // Top-level aliases.
  ["top", "net", "host"],
  ["top", "monitor_port", "http_port"],
  ["top", "log_file", "logfile"],
  ["top", "log_size_limit", "logfile_size_limit"],
  ["top", "log_max_num", "logfile_max_num"],
  ["top", "pid_file", "pidfile"],
  ["top", "max_conn", "max_connections"],
  ["top", "max_subs", "max_subscriptions"],
  ["top", "max_subscription_tokens", "max_sub_tokens"],
  ["top", "no_sublist_cache", "disable_sublist_cache"],
  ["top", "maps", "mappings"],
  ["top", "storedir", "store_dir"],
  ["top", "leaf", "leafnodes"],
  ["top", "ws", "websocket"],
  ["top", "system", "system_account"],
  ["top", "no_system", "no_system_account"],
  ["top", "no_sys_acc", "no_system_account"],
  ["top", "trusted_keys", "trusted"],
  ["top", "operators", "operator"],
  ["top", "root", "operator"],
  ["top", "roots", "operator"],
  ["top", "root_operator", "operator"],
  ["top", "root_operators", "operator"],
  ["top", "account_resolver", "resolver"],
  ["top", "accounts_resolver", "resolver"],
  // Authorization and users.
  ["authorization", "username", "user"],
  ["authorization", "pass", "password"],
  ["authorization", "permissions", "default_permissions"],
  ["authorization", "auth_hook", "auth_callout"],
  ["user", "authorization", "permissions"],
  ["user", "clients", "allowed_connection_types"],
  ["auth-callout", "acc", "account"],
  ["auth-callout", "users", "auth_users"],
  ["auth-callout", "key", "xkey"],
  ["permissions", "pub", "publish"],
  ["permissions", "export", "subscribe"],
  ["allow-responses", "max_msgs", "max"],
  ["allow-responses", "ttl", "expires"],
  // TLS.
  ["tls", "first", "handshake_first"],
  ["tls", "certificates", "certs"],
  // Cluster and gateway.
  ["cluster", "cluster_advertise", "advertise"],
  ["cluster", "net", "host"],
  ["cluster-authorization", "username", "user"],
  ["compression", "rtt", "rtt_thresholds"],
  ["gateway", "reject_unknown_cluster", "reject_unknown"],
  ["gateway-remote", "URLS", "urls"],
  // Leafnodes and remotes.
  ["leafnodes", "leafnode_advertise", "advertise"],
  ["leafnodes", "reconnect_delay", "reconnect"],
  ["leafnodes", "reconnect_interval", "reconnect"],
  ["leafnodes", "minimum_version", "min_version"],
  ["leafnodes", "isolate", "isolate_leafnode_interest"],
  ["leafnode-authorization", "pass", "password"],
  ["leafnode-user", "username", "user"],
  ["leafnode-remote", "url", "urls"],
  ["leafnode-remote", "local", "account"],
  ["leafnode-remote", "credentials", "creds"],
  ["leafnode-remote", "seed", "nkey"],
  ["leafnode-remote", "dont_randomize", "no_randomize"],
  ["leafnode-remote", "deny_import", "deny_imports"],
  ["leafnode-remote", "deny_export", "deny_exports"],
  ["leafnode-remote", "ws_compression", "ws_compress"],
  ["leafnode-remote", "websocket_compress", "ws_compress"],
  ["leafnode-remote", "websocket_compression", "ws_compress"],
  ["leafnode-remote", "websocket_no_masking", "ws_no_masking"],
  ["leafnode-remote", "js_cluster_migrate", "jetstream_cluster_migrate"],
  ["leafnode-remote-proxy", "Timeout", "timeout"],
  // WebSocket and MQTT.
  ["websocket", "authentication", "authorization"],
  ["websocket", "compression", "compress"],
  ["websocket", "origin", "allowed_origins"],
  ["websocket", "allow_origins", "allowed_origins"],
  ["websocket-authorization", "username", "user"],
  ["mqtt", "authentication", "authorization"],
  ["mqtt", "ackwait", "ack_wait"],
  ["mqtt", "api_timeout", "js_api_timeout"],
  ["mqtt", "max_pending", "max_ack_pending"],
  ["mqtt", "max_inflight", "max_ack_pending"],
  ["mqtt", "consumer_auto_cleanup", "consumer_inactive_threshold"],
  ["mqtt-authorization", "pass", "password"],
  // JetStream.
  ["jetstream", "store", "store_dir"],
  ["jetstream", "storedir", "store_dir"],
  ["jetstream", "max_mem_store", "max_memory_store"],
  ["jetstream", "max_mem", "max_memory_store"],
  ["jetstream", "max_file", "max_file_store"],
  ["jetstream", "sync", "sync_interval"],
  ["jetstream", "enabled", "enable"],
  ["jetstream", "ek", "key"],
  ["jetstream", "encryption_key", "key"],
  ["jetstream", "prev_ek", "prev_key"],
  ["jetstream", "prev_encryption_key", "prev_key"],
  ["account-jetstream", "mem", "max_memory"],
  ["account-jetstream", "disk", "max_store"],
  ["account-jetstream", "streams", "max_streams"],
  ["account-jetstream", "consumers", "max_consumers"],
  ["account-jetstream", "max_bytes", "max_bytes_required"],
  ["account-jetstream", "memory_max_stream_bytes", "mem_max_stream_bytes"],
  ["account-jetstream", "store_max_stream_bytes", "disk_max_stream_bytes"],
  // Accounts.
  ["account", "maps", "mappings"],
  ["account", "trace_dest", "msg_trace"],
  ["account-limits", "max_conn", "max_connections"],
  ["account-limits", "max_subs", "max_subscriptions"],
  ["account-limits", "max_pay", "max_payload"],
  ["account-limits", "max_leafs", "max_leafnodes"],
  ["export", "response_type", "response"],
  ["export", "response_threshold", "threshold"],
  ["export", "response_max_time", "threshold"],
  ["export", "response_time", "threshold"],
  ["mapping-destination", "destination", "dest"],
  // Exact-case blocks accept their keys as written.
  ["ocsp", "mode", "mode"],
  ["resolver", "dir", "dir"],
  ["tls-cert-pair", "key_file", "key_file"],
  ["export-latency", "sampling", "sampling"],
  ["jetstream-cluster-migrate", "leader_migrate_delay", "leader_migrate_delay"],
];

describe("findKey", () => {
  test.each(RESOLVED_KEYS)("%s: %s resolves to %s", (blockId, written, canonical) => {
    expect(findKey(getBlock(blockId), written)?.name).toBe(canonical);
  });

  test.each([
    ["ocsp", "Mode"],
    ["resolver", "DIR"],
    ["resolver", "Type"],
    ["tls-cert-pair", "CERT_FILE"],
    ["export-latency", "Subject"],
    ["jetstream-cluster-migrate", "Leader_Migrate_Delay"],
  ])("exact block %s rejects %s", (blockId, written) => {
    expect(findKey(getBlock(blockId), written)).toBeUndefined();
  });

  // Keys that people write at the top level but that belong in a block or
  // exist only as command-line flags.
  test.each([
    "user",
    "username",
    "password",
    "token",
    "users",
    "timeout",
    "nkey",
    "cluster_name",
    "routes",
    "js",
    "name",
    "addr",
  ])("top level does not accept %s", (written) => {
    expect(findKey(getBlock("top"), written)).toBeUndefined();
  });

  test("account accepts only default_permissions", () => {
    expect(findKey(getBlock("account"), "default_permissions")?.name).toBe("default_permissions");
    expect(findKey(getBlock("account"), "permissions")).toBeUndefined();
  });

  test("cluster authorization knows the keys it rejects, without a block", () => {
    // cluster-auth-multi reports them; they must not be walked as users or callouts.
    for (const id of ["cluster-authorization", "gateway-authorization"]) {
      for (const name of ["users", "token", "auth_callout", "auth_hook"]) {
        const key = findKey(getBlock(id), name);
        expect(key, `${id} ${name}`).toBeDefined();
        expect(key?.block, `${id} ${name}`).toBeUndefined();
      }
    }
  });
});

describe("walking a config", () => {
  const config = `
    port: 4222
    authorization { auth_callout { issuer: ABC, auth_users: [svc] } }
    accounts {
      A: {
        users: [ { user: a } ]
        exports: [ { service: "svc.>", latency: { sampling: 50, subject: lat } } ]
        imports: [ { stream: { account: B, subject: "x.>" } } ]
        mappings: { "m.>": [ { destination: "n.>", weight: 100 } ] }
        jetstream: { max_mem: 1024 }
        limits: { max_conn: 10 }
        msg_trace: { dest: trace }
      }
      B: {}
    }
    cluster { authorization { user: r }, compression: { mode: s2_auto } }
    gateway { name: g, gateways: [ { name: h, url: "nats://h:7222", tls: {} } ] }
    leaf {
      authorization { users: [ { user: l, account: A } ] }
      remotes: [ { url: "ws://hub:443", proxy: { url: "http://p:3128" }, js_cluster_migrate: { leader_migrate_delay: "5s" } } ]
    }
    ws { no_tls: true, authentication { token: t }, headers { X-Custom: v } }
    mqtt { authorization { user: m } }
    jetstream { tpm { keys_file: k }, limits { batch { max_msgs: 10 } } }
    tls { cert_file: c, key_file: k, ocsp_peer: { verify: true } }
    ocsp { mode: always }
    ocsp_cache { type: local }
    resolver { type: full, dir: d }
    resolver_preload { AXYZ: jwt }
    server_metadata { zone: a }
    feature_flags { f: true }
    default_js_domain { A: d }
    proxies { trusted: [ { key: PKEY } ] }
  `;

  test("names the schema block of every map", () => {
    const loaded = loadConfigText("test.conf", config, { env: {} });
    expect(loaded.diagnostics.filter((d) => d.severity === "error").map((d) => d.message)).toEqual(
      [],
    );
    const byPath = new Map(
      findBlocks(loaded.root).map((instance) => [blockPath(instance), instance.spec.id]),
    );
    const expected: Record<string, string> = {
      "": "top",
      authorization: "authorization",
      "authorization.auth_callout": "auth-callout",
      accounts: "accounts",
      "accounts.A": "account",
      "accounts.B": "account",
      "accounts.A.users[0]": "user",
      "accounts.A.exports[0]": "export",
      "accounts.A.exports[0].latency": "export-latency",
      "accounts.A.imports[0]": "import",
      "accounts.A.imports[0].stream": "import-source",
      "accounts.A.mappings": "mappings",
      "accounts.A.mappings.m.>[0]": "mapping-destination",
      "accounts.A.jetstream": "account-jetstream",
      "accounts.A.limits": "account-limits",
      "accounts.A.msg_trace": "msg-trace",
      cluster: "cluster",
      "cluster.authorization": "cluster-authorization",
      "cluster.compression": "compression",
      gateway: "gateway",
      "gateway.gateways[0]": "gateway-remote",
      "gateway.gateways[0].tls": "tls",
      leaf: "leafnodes",
      "leaf.authorization": "leafnode-authorization",
      "leaf.authorization.users[0]": "leafnode-user",
      "leaf.remotes[0]": "leafnode-remote",
      "leaf.remotes[0].proxy": "leafnode-remote-proxy",
      "leaf.remotes[0].js_cluster_migrate": "jetstream-cluster-migrate",
      ws: "websocket",
      "ws.authentication": "websocket-authorization",
      "ws.headers": "websocket-headers",
      mqtt: "mqtt",
      "mqtt.authorization": "mqtt-authorization",
      jetstream: "jetstream",
      "jetstream.tpm": "jetstream-tpm",
      "jetstream.limits": "jetstream-limits",
      "jetstream.limits.batch": "jetstream-limits-batch",
      tls: "tls",
      "tls.ocsp_peer": "ocsp-peer",
      ocsp: "ocsp",
      ocsp_cache: "ocsp-cache",
      resolver: "resolver",
      resolver_preload: "resolver-preload",
      server_metadata: "server-metadata",
      feature_flags: "feature-flags",
      default_js_domain: "default-js-domain",
      proxies: "proxies",
      "proxies.trusted[0]": "trusted-proxy",
    };
    for (const [path, id] of Object.entries(expected)) {
      expect(byPath.get(path), path).toBe(id);
    }
    expect(byPath.size).toBe(Object.keys(expected).length);
  });
});

describe("keys read by exact case", () => {
  test("other spellings are not found", () => {
    expect(findKey(getBlock("top"), "System_Account")).toBeUndefined();
    expect(findKey(getBlock("top"), "SYSTEM")).toBeUndefined();
  });

  test("other spellings are found ignoring case", () => {
    expect(findKeyIgnoringCase(getBlock("top"), "System_Account")?.name).toBe("system_account");
  });
});
