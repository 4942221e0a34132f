import type { RuleCases } from "./types.js";

const cases: RuleCases = {
  valid: [
    {
      name: "routes with schemes",
      config:
        'cluster {\n  port: 6222\n  routes: ["nats://127.0.0.1:6222", "nats-route://h2:6222"]\n}\n',
    },
    {
      name: "escaped password and IPv6 zone",
      config:
        'cluster {\n  port: 6222\n  routes: ["nats://u:p%20w@h:1", "nats://u:p@w@h:2", "nats://[fe80::1%25en0]:6222"]\n}\n',
    },
    {
      name: "origins are not parsed here",
      config: 'websocket {\n  no_tls: true\n  allowed_origins: ["bad origin"]\n}\n',
    },
  ],
  invalid: [
    {
      name: "route without a scheme",
      config: 'cluster {\n  port: 6222\n  routes: ["127.0.0.1:6222"]\n}\n',
      findings: [{ line: 3, column: 12 }],
    },
    {
      name: "gateway and remote URLs",
      config:
        'gateway {\n  name: A\n  gateways: [ { name: B, url: "nats://wrong url" } ]\n}\nleafnodes {\n  remotes: [ { urls: ["nats://h:7x"] } ]\n}\n',
      findings: [
        { line: 3, column: 31 },
        { line: 6, column: 23 },
      ],
    },
    {
      name: "passwords Go rejects and an IPv6 zone without %25",
      config:
        'cluster {\n  port: 6222\n  routes: [\n    "nats://u:p w@h:1"\n    "nats://u:p^w@h:1"\n    "nats://u:p%zz@h:1"\n    "nats://[fe80::1%en0]:1"\n  ]\n}\n',
      findings: [
        { line: 4, column: 5 },
        { line: 5, column: 5 },
        { line: 6, column: 5 },
        { line: 7, column: 5 },
      ],
    },
  ],
};
export default cases;
