import type { RuleCases } from "./types.js";

const cases: RuleCases = {
  valid: [
    { name: "insecure false", config: "cluster {\n  tls { insecure: false }\n}\n" },
    { name: "top-level insecure is tls-insecure-noop", config: "tls {\n  insecure: true\n}\n" },
    {
      name: "leafnodes accept block is tls-insecure-noop",
      config: "leafnodes {\n  port: 7422\n  tls { insecure: true }\n}\n",
    },
  ],
  invalid: [
    {
      name: "cluster and gateway",
      config:
        "cluster {\n  tls { insecure: true }\n}\ngateway {\n  name: A\n  tls { INSECURE: yes }\n}\n",
      findings: [
        { line: 2, column: 9 },
        { line: 6, column: 9 },
      ],
    },
    {
      name: "gateways[] entry, remote and resolver_tls",
      config: [
        'gateway { name: A, gateways: [ { name: B, url: "nats://b:7222", tls { insecure: true } } ] }',
        'leafnodes { remotes: [ { url: "tls://hub:7422", tls { insecure: true } } ] }',
        "resolver_tls { insecure: true }",
        "",
      ].join("\n"),
      findings: [
        { line: 1, column: 71 },
        { line: 2, column: 55 },
        { line: 3, column: 16 },
      ],
    },
    {
      name: "value from a variable",
      config: "SKIP = true\ncluster {\n  tls { insecure: $SKIP }\n}\n",
      findings: [{ line: 3, column: 9 }],
    },
  ],
};
export default cases;
