import type { RuleCases } from "./types.js";

const cases: RuleCases = {
  valid: [
    {
      name: "complete gateway",
      config:
        'gateway {\n  name: east\n  port: 7222\n  gateways: [\n    { name: west, url: "nats://west:7222" }\n    { name: north, urls: ["nats://n1:7222", "nats://n2:7222"] }\n  ]\n}\n',
    },
    { name: "listen gives the port", config: 'gateway { name: east, listen: "0.0.0.0:7222" }\n' },
    { name: "random port", config: "gateway { name: east, port: -1 }\n" },
    { name: "gateway off", config: "gateway { gateways: [ { name: west } ] }\n" },
  ],
  invalid: [
    {
      name: "no port",
      config: "gateway {\n  name: east\n}\n",
      findings: [{ line: 2, column: 3 }],
      serverVersion: "2.9.10",
    },
    {
      name: "port 0 is no port",
      config: 'gateway { Name: east, LISTEN: "0.0.0.0:0" }\n',
      findings: [{ line: 1, column: 11 }],
    },
    {
      name: "no name",
      config: "gateway {\n  port: 7222\n}\n",
      findings: [{ line: 1, column: 1 }],
    },
    {
      name: "entries without name or URL",
      config:
        'gateway {\n  name: east\n  port: 7222\n  gateways: [\n    { url: "nats://x:7222" }\n    { name: west }\n    { name: north, urls: [] }\n  ]\n}\n',
      findings: [
        { line: 5, column: 5 },
        { line: 6, column: 7 },
        { line: 7, column: 7 },
      ],
    },
    {
      name: "entry through a variable",
      config: "WEST = { name: west }\ngateway { name: east, port: 7222, gateways: [ $WEST ] }\n",
      findings: [{ line: 1, column: 10 }],
    },
  ],
};
export default cases;
