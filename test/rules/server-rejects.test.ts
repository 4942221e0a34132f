// Configs that `nats-server -t` rejects. Lint must report a finding whose
// reaction is "rejects", from the rule named in the case, for each target
// where the server rejects the config, and none for the targets where it
// accepts it. The 2.9.10 rows were checked with nats-server -t 2.9.10, and the
// others against the Go source of their release.

import { describe, expect, test } from "vitest";

import { checkLoaded } from "../../src/check.js";
import { loadConfigText } from "../../src/resolve/load.js";
import { parseServerVersion } from "../../src/target/version.js";

interface RejectCase {
  name: string;
  config: string;
  /** The rule whose finding predicts the rejection. */
  code: string;
  /** Targets whose server rejects the config. */
  rejectedBy: string[];
  /** Targets whose server accepts the config, so no finding may predict a rejection. */
  acceptedBy?: string[];
}

const RELEASES = ["2.9.10", "2.10.29", "2.11.17", "2.12.15", "2.14.5"];

const CASES: RejectCase[] = [
  {
    name: "route URL given as a map",
    config:
      'cluster {\n  listen: "127.0.0.1:-1"\n  routes: [ { url: "nats://127.0.0.1:6222" } ]\n}\n',
    code: "value-type",
    rejectedBy: RELEASES,
  },
  {
    name: "gateway URL given as a boolean",
    config:
      'gateway {\n  name: A\n  listen: "127.0.0.1:-1"\n  gateways: [ { name: B, urls: [ true ] } ]\n}\n',
    code: "value-type",
    rejectedBy: RELEASES,
  },
  {
    name: "export accounts with a number",
    config: 'accounts {\n  A { exports: [ { stream: "foo", accounts: [ 1 ] } ] }\n}\n',
    code: "value-type",
    rejectedBy: RELEASES,
  },
  {
    name: "default_js_domain value as a number",
    config: "default_js_domain: { A: 1 }\n",
    code: "js-domain",
    rejectedBy: RELEASES,
  },
  {
    name: "leafnode remote deny_imports with an empty token",
    config:
      'leafnodes {\n  remotes: [ { url: "nats-leaf://127.0.0.1:7422", deny_imports: [ "foo." ] } ]\n}\n',
    code: "perm-subject-invalid",
    rejectedBy: RELEASES,
  },
  {
    name: "leafnode remote deny_exports with a number",
    config:
      'leafnodes {\n  remotes: [ { url: "nats-leaf://127.0.0.1:7422", deny_exports: [ 1.5 ] } ]\n}\n',
    code: "perm-subject-invalid",
    rejectedBy: RELEASES,
  },
  {
    name: "leafnode remote deny_imports with a queue group",
    config:
      'leafnodes {\n  remotes: [ { url: "nats-leaf://127.0.0.1:7422", deny_imports: "jobs workers" } ]\n}\n',
    code: "perm-subject-invalid",
    rejectedBy: ["2.12.14", "2.14.4"],
    acceptedBy: ["2.9.10", "2.12.12", "2.14.3"],
  },
  {
    name: "stream export token position off the wildcard",
    config: 'accounts {\n  A { exports: [ { stream: "foo.*", account_token_position: 1 } ] }\n}\n',
    code: "account-exports",
    rejectedBy: RELEASES,
  },
  {
    name: "latency subject matched by its own service",
    config:
      'accounts {\n  A { exports: [ { service: ">", latency: { sampling: 50, subject: "lat" } } ] }\n}\n',
    code: "account-exports",
    rejectedBy: RELEASES,
  },
  {
    name: "latency sampling out of range without a kind",
    config: "accounts {\n  A { exports: [ { latency: { sampling: 101 } } ] }\n}\n",
    code: "account-exports",
    rejectedBy: RELEASES,
  },
  {
    name: "response type under two spellings",
    config:
      'accounts {\n  A { exports: [ { service: "foo", response_type: "stream", Response_type: "stream" } ] }\n}\n',
    code: "account-exports",
    rejectedBy: RELEASES,
  },
  {
    name: "trusted key that is no nkey",
    config: 'trusted: "bogus"\n',
    code: "operator-config-invalid",
    rejectedBy: RELEASES,
  },
  {
    name: "preloaded account JWT that is no JWT",
    config:
      'resolver: MEMORY\nresolver_preload: {\n  ADXU4RCSJNZOIQHZNWXHXORDPRTGNJAHAHFRGZNEEJCPQTT2M7NLCNF4: "notajwt"\n}\n',
    code: "operator-config-invalid",
    rejectedBy: RELEASES,
  },
  {
    name: "resolver string of neither kind",
    config: 'resolver: "bogus"\n',
    code: "operator-config-invalid",
    rejectedBy: RELEASES,
  },
  {
    name: "full resolver without dir",
    config: "resolver: { type: full }\n",
    code: "operator-config-invalid",
    rejectedBy: RELEASES,
  },
  {
    name: "memory resolver map",
    config: "resolver: { type: mem }\n",
    code: "operator-config-invalid",
    rejectedBy: ["2.9.10", "2.9.20"],
    acceptedBy: ["2.9.21", "2.10.29", "2.14.5"],
  },
  {
    name: "leafnode remote URL given as a number",
    config: 'leafnodes {\n  remotes: [ { urls: [ "nats://127.0.0.1:7422", 5 ] } ]\n}\n',
    code: "value-type",
    rejectedBy: RELEASES,
  },
  {
    name: "pinned route account given as a number",
    config: "cluster {\n  name: c\n  accounts: [ A, 5 ]\n}\naccounts { A {} }\n",
    code: "value-type",
    rejectedBy: ["2.10.29", "2.14.5"],
  },
];

function rejectingCodes(config: string, target: string): string[] {
  const version = parseServerVersion(target);
  if (version === undefined) throw new Error(`bad target ${target}`);
  const loaded = loadConfigText("test.conf", config, { env: {} });
  const { diagnostics } = checkLoaded(loaded, { target: version });
  return diagnostics.filter((d) => d.server === "rejects").map((d) => d.code);
}

describe.each(CASES.map((rejectCase) => [rejectCase.name, rejectCase] as const))(
  "%s",
  (_name, rejectCase) => {
    test.each(rejectCase.rejectedBy)("rejected by %s", (target) => {
      expect(rejectingCodes(rejectCase.config, target)).toContain(rejectCase.code);
    });
    if (rejectCase.acceptedBy !== undefined) {
      test.each(rejectCase.acceptedBy)("accepted by %s", (target) => {
        expect(rejectingCodes(rejectCase.config, target)).toEqual([]);
      });
    }
  },
);
