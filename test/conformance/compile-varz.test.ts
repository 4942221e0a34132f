// Starts nats-server 2.9.10 on a config and on its compiled JSON, and compares what the two
// servers report at /varz and /accountz. Both must be the same, apart from fields that change
// from run to run (see VOLATILE_FIELDS). The corpus files come from the conformance corpus
// and run from their server_cwd folder; the examples run from examples/ with generated
// certificates.

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { afterAll, beforeAll, describe, expect, test } from "vitest";

import { EXAMPLES_DIRECTORY, ensureCertificates } from "../support/certs.js";
import { compileInProcess } from "../support/compile.js";
import { corpusRoot, readVerdicts } from "../support/corpus.js";
import { startServer } from "../support/nats-server.js";

/**
 * Corpus files, each with what it exercises. None opens a listener on a fixed port other than
 * the client and monitoring ports that startServer overrides: cluster, leafnode and websocket
 * listeners here use port -1 (a random port).
 */
const CORPUS_SELECTION: ReadonlyArray<readonly [path: string, reason: string]> = [
  ["nats-server/conf/simple.conf", "bcrypt users and a float authorization timeout"],
  ["nats-server/server/configs/authorization.conf", "permissions taken from variables"],
  ["nats-server/server/configs/new_style_authorization.conf", "allow and deny permissions"],
  ["nats-server/server/configs/multiple_users.conf", "several users"],
  ["nats-server/server/configs/reload/token_authentication_1.conf", "token authorization"],
  ["nats-server/server/configs/reload/max_payload.conf", "max_payload"],
  ["nats-server/server/configs/reload/max_connections.conf", "max_connections"],
  ["nats-server/server/configs/reload/reload_unsupported.conf", "debug, trace and logtime"],
  ["nats-server/server/configs/tls.conf", "client TLS with a users block"],
  ["nats-server/server/configs/tls_ciphers.conf", "TLS cipher_suites"],
  ["nats-server/server/configs/tls_curve_prefs.conf", "TLS curve_preferences"],
  ["nats-server/server/configs/tls/tls-ed25519.conf", "ed25519 certificate"],
  ["nats-server/test/configs/tlsverify.conf", "TLS verify"],
  ["nats-server/test/configs/tls_cert_cn.conf", "verify_and_map with certificate users"],
  ["nats-server/test/configs/tls_mixed.conf", "allow_non_tls next to TLS"],
  ["nats-server/test/configs/multi_accounts.conf", "accounts, a variable and no_sys_acc alias"],
  ["nats-server/test/configs/override.conf", "max_payload with a size suffix"],
  ["nats-server-inline/server__opts/0687-L4072.conf", "limits and a ping_interval duration"],
  ["nats-server-inline/server__opts/0691-L4148.conf", "write_deadline duration"],
  ["nats-server-inline/server__opts/0579-L1200.conf", "write_deadline as a quoted duration"],
  ["nats-server-inline/server__opts/0653-L3360.conf", "max_sub_tokens"],
  ["nats-server-inline/server__opts/0631-L2702.conf", "disable_sublist_cache, no_system_account"],
  ["nats-server-inline/server__reload/0710-L2030.conf", "max_subscriptions"],
  ["nats-server-inline/server__reload/0713-L2061.conf", "client_advertise"],
  ["nats-server-inline/server__reload/0747-L4377.conf", "connect_error_reports"],
  ["nats-server-inline/server__events/0380-L1778.conf", "host and system_account"],
  ["nats-server-inline/server__events/0382-L3346.conf", "cluster on port -1, server_tags"],
  ["nats-server-inline/server__jetstream/0418-L11105.conf", "jetstream map with enabled: false"],
  ["nats-server-inline/server__jetstream/0419-L13831.conf", "account jetstream limits, sizes"],
  ["nats-server-inline/server__reload/0742-L4047.conf", "jetstream: false"],
  ["nats-server-inline/server__accounts/0158-L2956.conf", "weighted subject mappings"],
  ["nats-server-inline/server__accounts/0168-L3500.conf", "accounts with max_connections"],
  ["nats-server-inline/server__accounts/0177-L4037.conf", "account with jetstream enabled"],
  ["nats-server-inline/server__msgtrace/0539-L412.conf", "accounts and max_payload"],
  ["nats-server-inline/test__services/0952-L27.conf", "service exports and imports"],
  ["nats-server-inline/server__leafnode/0459-L7506.conf", "leafnode listener on port -1"],
  ["nats-server-inline/server__leafnode/0442-L3486.conf", "leafnode and websocket on port -1"],
];

/** Examples that compile, as in test/examples/compile.test.ts. */
const EXAMPLE_SELECTION = [
  "tls-verify.conf",
  "tls-map-email.conf",
  "tls-map-dn.conf",
  "broken/verify-redundant-with-map.conf",
  "broken/duplicate-key.conf",
];

/**
 * Fields dropped before the comparison, at any depth of /varz and /accountz output, because
 * they do not follow from the config:
 * - server_id: a new random key pair on every start.
 * - now, start, uptime, config_load_time, update_time: clock readings.
 * - mem, cpu: process statistics.
 * - port, http_port: the client and monitoring ports that startServer picks per run.
 * - cluster_port and the nested port fields of leaf, websocket, mqtt and gateway: a listener
 *   with port -1 gets a new random port on every start.
 * - connections, total_connections, routes, remotes, leafnodes, slow_consumers,
 *   client_connections, leafnode_connections, in_msgs, out_msgs, in_bytes, out_bytes:
 *   traffic counters.
 * - subscriptions, sublist_stats: internal subscriptions that services add while they start,
 *   so the count depends on timing.
 * - http_req_stats: counts of monitoring requests, which these reads change.
 * - jetstream.stats, jetstream.meta: usage figures, and cluster state.
 * - store_dir: the test points JetStream at a new temporary folder for each server.
 */
const VOLATILE_FIELDS = new Set([
  "server_id",
  "now",
  "start",
  "uptime",
  "config_load_time",
  "update_time",
  "mem",
  "cpu",
  "port",
  "http_port",
  "cluster_port",
  "connections",
  "total_connections",
  "routes",
  "remotes",
  "leafnodes",
  "slow_consumers",
  "client_connections",
  "leafnode_connections",
  "in_msgs",
  "out_msgs",
  "in_bytes",
  "out_bytes",
  "subscriptions",
  "sublist_stats",
  "http_req_stats",
  "stats",
  "meta",
  "store_dir",
]);

/** Removes VOLATILE_FIELDS at every depth and sorts arrays that the server fills from Go maps. */
function stripVolatile(value: unknown, key = ""): unknown {
  if (Array.isArray(value)) {
    const items = value.map((item) => stripVolatile(item));
    // Imports and exports come from Go maps, so their order changes between runs.
    if (key === "imports" || key === "exports") {
      items.sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
    }
    return items;
  }
  if (value === null || typeof value !== "object") return value;
  const out: Record<string, unknown> = {};
  for (const [name, item] of Object.entries(value as Record<string, unknown>)) {
    if (VOLATILE_FIELDS.has(name)) continue;
    out[name] = stripVolatile(item, name);
  }
  return out;
}

async function readJson(url: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`GET ${url} failed with HTTP ${response.status}`);
  return response.json();
}

interface Snapshot {
  varz: unknown;
  /** Every account's /accountz detail, by account name. */
  accounts: Record<string, unknown>;
}

/** Starts nats-server on `config` in `cwd` and returns its stripped /varz and /accountz. */
async function snapshot(config: string, cwd: string, storeDirectory: string): Promise<Snapshot> {
  // --store_dir only matters when the config turns JetStream on.
  const server = await startServer(config, cwd, { args: ["--store_dir", storeDirectory] });
  try {
    const base = `http://127.0.0.1:${server.httpPort}`;
    const rawVarz = (await readJson(`${base}/varz`)) as Record<string, unknown>;
    // A server without server_name reports its random server_id as its name.
    if (rawVarz["server_name"] === rawVarz["server_id"]) delete rawVarz["server_name"];
    const varz = stripVolatile(rawVarz);
    const list = (await readJson(`${base}/accountz`)) as { accounts?: string[] };
    const accounts: Record<string, unknown> = {};
    for (const name of [...(list.accounts ?? [])].sort()) {
      const detail = await readJson(`${base}/accountz?acc=${encodeURIComponent(name)}`);
      accounts[name] = stripVolatile(detail);
    }
    return { varz, accounts };
  } finally {
    await server.stop();
  }
}

interface Case {
  name: string;
  file: string;
  cwd: string;
}

const root = corpusRoot();
const serverCwd = new Map(readVerdicts(root).map((row) => [row.path, row.serverCwd]));
const cases: Case[] = [
  ...CORPUS_SELECTION.map(([path]) => {
    const cwd = serverCwd.get(path);
    if (cwd === undefined) throw new Error(`${path} is not in the corpus's VERDICTS.tsv`);
    return { name: path, file: join(root, path), cwd: join(root, cwd) };
  }),
  ...EXAMPLE_SELECTION.map((example) => ({
    name: `examples/${example}`,
    file: join(EXAMPLES_DIRECTORY, example),
    cwd: EXAMPLES_DIRECTORY,
  })),
];

describe("compiled config at /varz and /accountz", () => {
  let workDirectory: string;
  const compiled = new Map<string, string>();
  const refusals = new Map<string, string>();

  beforeAll(async () => {
    await ensureCertificates();
    workDirectory = mkdtempSync(join(tmpdir(), "natsconf-compile-varz-"));
    // Compiles run one after another, because each one changes the working directory.
    for (const [index, testCase] of cases.entries()) {
      const output = join(workDirectory, `${index}.json`);
      const run = await compileInProcess(testCase.file, output, testCase.cwd);
      if (run.status === 0) compiled.set(testCase.name, output);
      else refusals.set(testCase.name, `exit status ${run.status}:\n${run.stderr}`);
    }
  }, 120_000);

  afterAll(() => rmSync(workDirectory, { recursive: true, force: true }));

  test("selection has corpus files and examples", () => {
    expect(CORPUS_SELECTION.length).toBeGreaterThanOrEqual(25);
    expect(new Set(cases.map((testCase) => testCase.name)).size).toBe(cases.length);
  });

  test.concurrent.each(cases.map((testCase) => [testCase.name, testCase] as const))(
    "%s",
    async (name, testCase) => {
      const output = compiled.get(name);
      expect(refusals.get(name), `compile refused ${name}`).toBeUndefined();
      const stores = join(workDirectory, `store-${name.replaceAll("/", "__")}`);
      const original = await snapshot(testCase.file, testCase.cwd, join(stores, "original"));
      const fromJson = await snapshot(output!, testCase.cwd, join(stores, "compiled"));
      expect(fromJson.varz).toEqual(original.varz);
      expect(fromJson.accounts).toEqual(original.accounts);
    },
  );
});
