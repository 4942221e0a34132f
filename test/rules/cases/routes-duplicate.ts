import type { RuleCases } from "./types.js";

const cases: RuleCases = {
  valid: [
    {
      name: "distinct URLs",
      config:
        'cluster { port: 6222, routes: ["nats://a:6222", "nats://b:6222"] }\nleafnodes { remotes: [ { urls: ["nats://a:7422", "nats://b:7422"] } ] }\n',
    },
    {
      name: "spellings differ",
      config: 'cluster { routes: ["nats://a:6222", "nats://A:6222", " nats://a:6222"] }\n',
    },
    {
      name: "before 2.8.0",
      config: 'cluster { routes: ["nats://a:6222", "nats://a:6222"] }\n',
      serverVersion: "2.7.4",
    },
    {
      name: "same URL in two remotes",
      config:
        'accounts { A {} }\nleafnodes { remotes: [ { url: "nats://a:7422" }, { url: "nats://a:7422", account: A } ] }\n',
    },
  ],
  invalid: [
    {
      name: "route twice",
      config:
        'cluster {\n  port: 6222\n  routes: [\n    "nats://a:6222"\n    "nats://a:6222"\n  ]\n}\n',
      findings: [{ line: 5, column: 5 }],
      serverVersion: "2.9.10",
    },
    {
      name: "remote and gateway URLs, upper-case keys",
      config:
        'leafnodes { remotes: [ { URLS: ["ws://a:80", "ws://a:80", "ws://a:80"] } ] }\ngateway { name: x, port: 7222, gateways: [ { name: y, Urls: ["nats://y:7222", "nats://y:7222"] } ] }\n',
      findings: [
        { line: 1, column: 46 },
        { line: 1, column: 59 },
        { line: 2, column: 79 },
      ],
    },
    {
      name: "URL through a variable",
      config: 'ROUTE = "nats://a:6222"\ncluster { routes: [ $ROUTE, "nats://a:6222" ] }\n',
      findings: [{ line: 2, column: 29 }],
    },
    {
      name: "first release with the warning",
      config: 'cluster { routes: ["nats://a:6222", "nats://a:6222"] }\n',
      findings: [{ line: 1, column: 37 }],
      serverVersion: "2.8.0",
    },
  ],
};
export default cases;
