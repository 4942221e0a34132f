import type { RuleCases } from "./types.js";

const JS = 'jetstream { store_dir: "/data" }\n';

const cases: RuleCases = {
  valid: [
    { name: "standalone with JetStream", config: `server_name: m1\n${JS}mqtt { port: 1883 }\n` },
    {
      name: "standalone without server_name since 2.10.4",
      config: `${JS}mqtt { port: 1883 }\n`,
      serverVersion: "2.10.4",
    },
    {
      name: "JetStream through a leafnode remote",
      config:
        'server_name: m1\nmqtt { port: 1883 }\nleafnodes { remotes: [ { url: "nats://hub:7422" } ] }\n',
    },
    {
      name: "mqtt user without configured users",
      config: `server_name: m1\n${JS}mqtt { port: 1883, authorization { user: m, password: "pw-123" } }\n`,
    },
    { name: "no mqtt port", config: "mqtt { js_domain: hub }\n" },
  ],
  invalid: [
    {
      name: "no JetStream and no server_name in 2.9.10",
      config: "mqtt {\n  port: 1883\n}\n",
      findings: [
        { line: 1, column: 1 },
        { line: 1, column: 1 },
      ],
      serverVersion: "2.9.10",
    },
    {
      name: "standalone without server_name before 2.10.4",
      config: `${JS}mqtt { port: 1883 }\n`,
      findings: [{ line: 2, column: 1 }],
      serverVersion: "2.10.3",
    },
    {
      name: "standalone without JetStream",
      config: 'MQTT { Listen: "0.0.0.0:1883" }\n',
      findings: [{ line: 1, column: 1 }],
    },
    {
      name: "clustered without server_name",
      config: "mqtt { port: 1883 }\ncluster { name: c, port: 6222 }\n",
      findings: [{ line: 1, column: 1 }],
    },
    {
      name: "mqtt token and user next to account users",
      config: `TOKEN = "t-123"\nserver_name: m1\n${JS}accounts { A { users: [ { user: a, password: "pw-123" } ] } }\nmqtt {\n  port: 1883\n  authorization { username: m, token: $TOKEN }\n}\n`,
      findings: [
        { line: 7, column: 19 },
        { line: 7, column: 32 },
      ],
    },
  ],
};
export default cases;
