import type { RuleCases } from "./types.js";

const JS = 'jetstream { store_dir: "/data" }\n';

const cases: RuleCases = {
  valid: [
    {
      name: "both names",
      config: `server_name: n1\n${JS}cluster { name: east, port: 6222 }\n`,
    },
    {
      name: "gateway name stands in for the cluster name",
      config: `server_name: n1\n${JS}cluster { port: 6222 }\ngateway { name: east, port: 7222 }\n`,
    },
    { name: "no cluster port", config: `${JS}cluster { routes: ["nats://a:6222"] }\n` },
    { name: "JetStream off", config: "jetstream: disabled\ncluster { port: 6222 }\n" },
  ],
  invalid: [
    {
      name: "no names",
      config: `${JS}cluster {\n  port: 6222\n}\n`,
      findings: [
        { line: 2, column: 1 },
        { line: 2, column: 1 },
      ],
      serverVersion: "2.9.10",
    },
    {
      name: "no cluster name, listen and upper-case keys",
      config: 'SERVER_NAME: n1\nJetStream: enabled\nCluster { Listen: "0.0.0.0:6222" }\n',
      findings: [{ line: 3, column: 1 }],
    },
    {
      name: "empty server name through a variable",
      config: `NAME = ""\nserver_name: $NAME\n${JS}cluster { name: east, port: -1 }\n`,
      findings: [{ line: 4, column: 1 }],
    },
  ],
};
export default cases;
