// Configs that nats-server accepts although a value looks wrong. Lint must not
// predict that the server rejects them, and each finding must carry the
// reaction of the target release. The 2.9.10 rows were checked with
// `nats-server -t` 2.9.10, and the others against the Go source of their release.

import { describe, expect, test } from "vitest";

import { checkLoaded } from "../../src/check.js";
import type { ServerReaction } from "../../src/diagnostics/diagnostic.js";
import { loadConfigText } from "../../src/resolve/load.js";
import { parseServerVersion } from "../../src/target/version.js";

interface ReactionCase {
  name: string;
  config: string;
  target: string;
  /** Every finding of the config, as rule id and server reaction, in report order. */
  findings: { code: string; server: ServerReaction | undefined }[];
}

/** Leafnode remotes whose jetstream_cluster_migrate 2.9.10 takes as true. */
const MIGRATE_DELAY = `leafnodes {
  remotes: [
    {
      url: "nats-leaf://127.0.0.1:7422"
      js_cluster_migrate: { leader_migrate_delay: "abc" }
    }
  ]
}
`;
const MIGRATE_STRING = `leafnodes {
  remotes: [
    {
      url: "nats-leaf://127.0.0.1:7422"
      js_cluster_migrate: "x"
    }
  ]
}
`;

const CASES: ReactionCase[] = [
  {
    // 2.9.10 rejected it in 37 of 40 runs: only when it read no_sys_acc before accounts.
    name: "latency without the system account",
    config:
      'no_sys_acc: true\naccounts {\n  A { exports: [ { service: "foo", latency: { sampling: 50, subject: "lat" } } ] }\n}\n',
    target: "2.9.10",
    findings: [{ code: "account-exports", server: "rejects-sometimes" }],
  },
  {
    name: "accounts as a string",
    config: 'accounts: "x"\n',
    target: "2.9.10",
    findings: [{ code: "value-type", server: "accepts" }],
  },
  {
    name: "Accounts as an integer",
    config: "Accounts: 1\n",
    target: "2.9.10",
    findings: [{ code: "value-type", server: "accepts" }],
  },
  {
    name: "accounts as a boolean",
    config: "accounts: true\n",
    target: "2.14.5",
    findings: [{ code: "value-type", server: "accepts" }],
  },
  {
    name: "accounts as a decimal number",
    config: "accounts: 1.5\n",
    target: "2.9.10",
    findings: [{ code: "value-type", server: "accepts" }],
  },
  {
    name: "authorization timeout as a map",
    config: "authorization {\n  timeout: {}\n}\n",
    target: "2.9.10",
    findings: [{ code: "value-type", server: "accepts" }],
  },
  {
    name: "authorization timeout as an array",
    config: "authorization {\n  timeout: [ 1 ]\n}\n",
    target: "2.9.10",
    findings: [{ code: "value-type", server: "accepts" }],
  },
  {
    name: "authorization timeout as a boolean",
    config: "authorization {\n  timeout: true\n}\n",
    target: "2.11.1",
    findings: [{ code: "value-type", server: "accepts" }],
  },
  {
    name: "authorization timeout as a boolean",
    config: "authorization {\n  timeout: true\n}\n",
    target: "2.11.2",
    findings: [{ code: "value-type", server: "rejects" }],
  },
  {
    name: "cluster authorization timeout as a map",
    config:
      'cluster {\n  listen: "127.0.0.1:-1"\n  authorization {\n    user: a\n    password: b\n    timeout: {}\n  }\n}\n',
    target: "2.9.10",
    findings: [{ code: "value-type", server: "accepts" }],
  },
  {
    name: "gateway authorization timeout as a boolean",
    config:
      'gateway {\n  name: A\n  listen: "127.0.0.1:-1"\n  authorization {\n    user: a\n    password: b\n    timeout: true\n  }\n}\n',
    target: "2.9.10",
    findings: [{ code: "value-type", server: "accepts" }],
  },
  {
    name: "leafnode authorization timeout as a boolean",
    config:
      'leafnodes {\n  listen: "127.0.0.1:-1"\n  authorization {\n    user: a\n    password: b\n    timeout: false\n  }\n}\n',
    target: "2.9.10",
    findings: [{ code: "value-type", server: "accepts" }],
  },
  {
    name: "websocket authorization timeout as an array",
    config:
      'websocket {\n  listen: "127.0.0.1:-1"\n  no_tls: true\n  authorization {\n    timeout: [ 5 ]\n  }\n}\n',
    target: "2.9.10",
    findings: [
      { code: "websocket-no-tls", server: "logs" },
      { code: "value-type", server: "accepts" },
    ],
  },
  {
    name: "mqtt authorization timeout as a map",
    config:
      'server_name: s\njetstream {\n  store_dir: "/tmp/js"\n}\nmqtt {\n  listen: "127.0.0.1:-1"\n  authorization {\n    timeout: {}\n  }\n}\n',
    target: "2.14.5",
    findings: [{ code: "value-type", server: "accepts" }],
  },
  {
    name: "leafnode reconnect with a size suffix",
    config: "leafnodes {\n  reconnect: 1K\n}\n",
    target: "2.9.10",
    findings: [{ code: "duration-integer", server: "accepts" }],
  },
  {
    name: "leafnode reconnect with a negative size",
    config: "leafnodes {\n  reconnect: -1KB\n}\n",
    target: "2.9.10",
    findings: [{ code: "duration-integer", server: "accepts" }],
  },
  {
    name: "leafnode reconnect with a size suffix",
    config: "leafnodes {\n  reconnect: 1g\n}\n",
    target: "2.10.12",
    findings: [{ code: "duration-integer", server: "warns" }],
  },
  {
    name: "leader_migrate_delay that is no duration",
    config: MIGRATE_DELAY,
    target: "2.9.10",
    findings: [{ code: "option-not-in-version", server: "accepts" }],
  },
  {
    name: "leader_migrate_delay that is no duration",
    config: MIGRATE_DELAY,
    target: "2.11.0",
    findings: [{ code: "duration-invalid", server: "rejects" }],
  },
  {
    name: "js_cluster_migrate as a string",
    config: MIGRATE_STRING,
    target: "2.9.10",
    findings: [{ code: "value-type", server: "accepts" }],
  },
  {
    name: "js_cluster_migrate as a string",
    config: MIGRATE_STRING,
    target: "2.11.0",
    findings: [{ code: "value-type", server: "rejects" }],
  },
  {
    name: "websocket authorization timeout that is no duration",
    config:
      'websocket {\n  listen: "127.0.0.1:-1"\n  no_tls: true\n  authorization {\n    timeout: "1e3"\n  }\n}\n',
    target: "2.9.10",
    findings: [
      { code: "websocket-no-tls", server: "logs" },
      { code: "ws-auth-timeout-string", server: "accepts" },
    ],
  },
  {
    name: "mqtt authorization timeout without a unit",
    config:
      'server_name: s\njetstream {\n  store_dir: "/tmp/js"\n}\nmqtt {\n  listen: "127.0.0.1:-1"\n  authorization {\n    timeout: "2"\n  }\n}\n',
    target: "2.14.5",
    findings: [{ code: "ws-auth-timeout-string", server: "accepts" }],
  },
];

function findingsOf(config: string, target: string) {
  const version = parseServerVersion(target);
  if (version === undefined) throw new Error(`invalid target ${target} in a case`);
  const loaded = loadConfigText("test.conf", config, { env: {} });
  expect(loaded.diagnostics.map((d) => d.message)).toEqual([]);
  return checkLoaded(loaded, { target: version }).diagnostics;
}

describe.each(CASES)("$name ($target)", ({ config, target, findings }) => {
  test("findings carry the server reaction", () => {
    const found = findingsOf(config, target).map((d) => ({ code: d.code, server: d.server }));
    expect(found).toEqual(findings);
  });
});

test("an option unknown to the target in an ignoring block is called ignored", () => {
  const [finding] = findingsOf(MIGRATE_DELAY, "2.9.10");
  expect(finding?.code).toBe("option-not-in-version");
  expect(finding?.message).toContain("nats-server 2.9.10 ignores it");
  expect(finding?.message).not.toContain("rejects");
});
