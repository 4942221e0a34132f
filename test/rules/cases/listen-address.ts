import type { RuleCases } from "./types.js";

const cases: RuleCases = {
  valid: [
    {
      name: "addresses and ports",
      config:
        'listen: "0.0.0.0:4222"\nhttp: 8222\ncluster { listen: "[::]:6222" }\ngateway { port: -1 }\nwebsocket { listen: ":8080" }\nmqtt { port: 1883 }\n',
    },
    { name: "random port in a string", config: 'leafnodes { listen: "127.0.0.1:-1" }\n' },
    { name: "port 0", config: "port: 0\n" },
    {
      name: "listen with agreeing port and host",
      config:
        'listen: "127.0.0.1:4222"\nport: 4222\nhost: 127.0.0.1\nhttp: "127.0.0.1:8222"\nhttp_port: 8222\n',
    },
    { name: "listen port with the default host", config: 'listen: 4222\nhost: "0.0.0.0"\n' },
    { name: "port 0 is the default client port", config: 'listen: "0.0.0.0:4222"\nport: 0\n' },
    {
      name: "listener blocks that agree",
      config:
        'cluster { listen: "[::1]:6222", host: "::1", port: 6222 }\nleafnodes { listen: 7422, port: 7422 }\n',
    },
  ],
  invalid: [
    {
      name: "no port",
      config: 'listen: "127.0.0.1"\n',
      findings: [{ line: 1, column: 1 }],
      serverVersion: "2.9.10",
    },
    {
      name: "port not a number, upper-case key",
      config: 'HTTP: "localhost:abc"\n',
      findings: [{ line: 1, column: 1 }],
      serverVersion: "2.9.10",
    },
    {
      name: "IPv6 without brackets",
      config: 'cluster {\n  listen: "::1:6222"\n}\n',
      findings: [{ line: 2, column: 3 }],
    },
    {
      name: "ports out of range",
      config:
        'port: 70000\nhttps_port: -2\nleafnodes { listen: "0.0.0.0:65536" }\nmqtt { Port: 100000 }\n',
      findings: [
        { line: 1, column: 1 },
        { line: 2, column: 1 },
        { line: 3, column: 13 },
        { line: 4, column: 8 },
      ],
      serverVersion: "2.9.10",
    },
    {
      name: "address through a variable",
      config: 'ADDR = "gw.example.com"\ngateway { name: g, listen: $ADDR }\n',
      findings: [{ line: 2, column: 20 }],
    },
    {
      name: "listen and port differ",
      config: 'listen: "127.0.0.1:24223"\nport: 24222\n',
      findings: [{ line: 2, column: 1 }],
      serverVersion: "2.9.10",
    },
    {
      name: "monitoring addresses and ports differ",
      config: 'http: "127.0.0.1:8223"\nmonitor_port: 8222\nhttps: 8443\nhttps_port: 9443\n',
      findings: [
        { line: 2, column: 1 },
        { line: 4, column: 1 },
      ],
    },
    {
      name: "listen port alone and a host",
      config: "listen: 24222\nnet: 127.0.0.1\n",
      findings: [{ line: 2, column: 1 }],
      serverVersion: "2.9.10",
    },
    {
      name: "listener blocks that disagree",
      config: [
        'cluster { listen: "127.0.0.1:6223", port: 6222 }',
        'gateway { name: g, listen: "0.0.0.0:7222", host: "10.0.0.1" }',
        'leafnodes { port: 7422, listen: "0.0.0.0:7423" }',
        'websocket { listen: ":8080", port: 8081, no_tls: true }',
        "mqtt { listen: 1883, port: 1884 }",
        "",
      ].join("\n"),
      findings: [
        { line: 1, column: 37 },
        { line: 2, column: 44 },
        { line: 3, column: 13 },
        { line: 4, column: 30 },
        { line: 5, column: 22 },
      ],
    },
  ],
};
export default cases;
