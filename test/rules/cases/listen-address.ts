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
  ],
};
export default cases;
