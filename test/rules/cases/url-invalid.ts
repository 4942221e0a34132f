import type { RuleCases } from "./types.js";

const cases: RuleCases = {
  valid: [
    {
      name: "routes with schemes",
      config:
        'cluster {\n  port: 6222\n  routes: ["nats://127.0.0.1:6222", "nats-route://h2:6222"]\n}\n',
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
  ],
};
export default cases;
