import type { RuleCases } from "./types.js";

// The user seed of the NATS documentation examples.
const SEED = "SUACSSL3UAHUDXKFSNVUZRF5UHPMWZ6BFDTJ7M6USDXIEDNPPQYYYCU3VY";
const PUBLIC_USER_KEY = "UDXU4RCSJNZOIQHZNWXHXORDPRTGNJAHAHFRGZNEEJCPQTT2M7NLCNF4";

const cases: RuleCases = {
  valid: [
    {
      name: "remotes with one kind of URL each",
      config:
        'leafnodes {\n  remotes: [\n    { urls: ["nats://a:7422", "tls://b:7422"], creds: "leaf.creds" }\n    { urls: ["ws://a:8080", "WSS://b:443"], nkey: "' +
        SEED +
        '" }\n  ]\n}\n',
    },
    {
      name: "same URL for two accounts",
      config:
        'accounts { A {}, B {} }\nleafnodes { remotes: [ { url: "nats://hub:7422", account: A }, { url: "nats://hub:7422", account: B } ] }\n',
    },
    {
      name: "duplicate remotes before 2.14",
      config: 'leafnodes { remotes: [ { url: "nats://hub:7422" }, { url: "nats://hub:7422" } ] }\n',
      serverVersion: "2.12",
    },
    {
      name: "nkey unknown before 2.10.8",
      config: `leafnodes { remotes: [ { url: "nats://hub:7422", nkey: "x", creds: "leaf.creds" } ] }\n`,
      serverVersion: "2.10.7",
    },
    { name: "min_version 2.8.0", config: 'leafnodes { port: 7422, min_version: "2.8.0" }\n' },
    ...["2.8.0.1", "v2.10.0", "02.8.0", "127.0.0.1:-1"].map((version) => ({
      // Before 2.11.0 the server reads three numbers and ignores what follows.
      name: `min_version ${version} before 2.11.0`,
      serverVersion: "2.9.10",
      config: `leafnodes { port: 7422, min_version: "${version}" }\n`,
    })),
    {
      name: "js_cluster_migrate false from 2.11.0",
      serverVersion: "2.11.0",
      config:
        'leafnodes {\n  remotes: [ { url: "nats-leaf://a:7422", js_cluster_migrate: false } ]\n}\n',
    },
    {
      name: "js_cluster_migrate true before 2.11.0",
      serverVersion: "2.9.10",
      config:
        'leafnodes {\n  remotes: [ { url: "nats-leaf://a:7422", js_cluster_migrate: true } ]\n}\n',
    },
    {
      name: "min_version with pre-release",
      config: 'leafnodes { min_version: "2.10.0-beta.1" }\n',
    },
  ],
  invalid: [
    {
      name: "js_cluster_migrate false before 2.11.0",
      serverVersion: "2.10.29",
      config:
        'leafnodes {\n  remotes: [ { url: "nats-leaf://a:7422", js_cluster_migrate: false } ]\n}\n',
      findings: [{ line: 2, column: 43 }],
    },
    {
      name: "creds and nkey",
      config: `leafnodes {\n  remotes: [\n    { url: "nats://hub:7422", creds: "leaf.creds", nkey: "${SEED}" }\n  ]\n}\n`,
      findings: [{ line: 3, column: 52 }],
    },
    {
      name: "public key in place of a seed, seed alias",
      config: `leafnodes { remotes: [ { url: "nats://hub:7422", SEED: "${PUBLIC_USER_KEY}" } ] }\n`,
      findings: [{ line: 1, column: 50 }],
      serverVersion: "2.10.8",
    },
    {
      name: "mixed URL kinds",
      config: 'leafnodes {\n  remotes: [ { urls: ["ws://hub:8080", "nats://hub:7422"] } ]\n}\n',
      findings: [{ line: 2, column: 40 }],
      serverVersion: "2.9.10",
    },
    {
      name: "duplicate remotes, url and urls",
      config:
        'leafnodes {\n  remotes: [\n    { url: "nats://hub:7422" }\n    { URLS: ["nats://hub:7422"], account: "$G" }\n  ]\n}\n',
      findings: [{ line: 4, column: 5 }],
      serverVersion: "2.14.0",
    },
    {
      name: "min_version too low",
      config: 'leafnodes {\n  min_version: "2.7.9"\n}\n',
      findings: [{ line: 2, column: 3 }],
      serverVersion: "2.9.10",
    },
    {
      name: "min_version with a leading v, upper-case alias",
      config: 'LEAF { Minimum_Version: "v2.10.0" }\n',
      findings: [{ line: 1, column: 8 }],
    },
    {
      name: "min_version too low through a variable",
      config: 'MIN = "2.2.0"\nleafnodes { port: 7422, min_version: $MIN }\n',
      findings: [{ line: 2, column: 25 }],
    },
    {
      // nats-server 2.9.10 checks min_version in each spelling of leafnodes.
      name: "min_version in leafnodes after leaf",
      config: 'leaf {\n  listen: "127.0.0.1:-1"\n}\nleafnodes {\n  min_version: "x"\n}\n',
      findings: [{ line: 5, column: 3 }],
    },
    {
      name: "min_version in leaf after leafnodes",
      config: 'leafnodes {\n  listen: "127.0.0.1:-1"\n}\nleaf {\n  min_version: "2.7.0"\n}\n',
      findings: [{ line: 5, column: 3 }],
    },
    ...["3.0.99999999999999999999", "2.8"].map((version) => ({
      name: `min_version ${version} before 2.11.0`,
      serverVersion: "2.9.10",
      config: `leafnodes { port: 7422, min_version: "${version}" }\n`,
      findings: [{ line: 1, column: 25 }],
    })),
    {
      name: "min_version with a fourth number from 2.11.0",
      serverVersion: "2.11.0",
      config: 'leafnodes { port: 7422, min_version: "2.8.0.1" }\n',
      findings: [{ line: 1, column: 25 }],
    },
    {
      name: "min_version and its alias",
      config:
        'leafnodes {\n  listen: "127.0.0.1:-1"\n  min_version: "2.8.0"\n  minimum_version: "2.7.0"\n}\n',
      findings: [{ line: 4, column: 3 }],
    },
  ],
};
export default cases;
