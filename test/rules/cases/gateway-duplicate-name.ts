import type { RuleCases } from "./types.js";

const cases: RuleCases = {
  valid: [
    {
      name: "distinct names",
      config:
        'gateway {\n  name: east\n  port: 7222\n  gateways: [\n    { name: west, url: "nats://west:7222" }\n    { name: north, url: "nats://north:7222" }\n  ]\n}\n',
    },
    {
      name: "names differ in case",
      config:
        'gateway { name: east, port: 7222, gateways: [ { name: west, url: "nats://a:7222" }, { name: WEST, url: "nats://b:7222" } ] }\n',
    },
    {
      name: "gateway off",
      config:
        'gateway { gateways: [ { name: west, url: "nats://a:7222" }, { name: west, url: "nats://b:7222" } ] }\n',
    },
  ],
  invalid: [
    {
      name: "same name twice",
      config:
        'gateway {\n  name: east\n  port: 7222\n  gateways: [\n    { name: west, url: "nats://west-1:7222" }\n    { name: west, url: "nats://west-2:7222" }\n  ]\n}\n',
      findings: [{ line: 6, column: 7 }],
      serverVersion: "2.9.10",
    },
    {
      name: "own name three times",
      config:
        'gateway {\n  name: east\n  listen: "0.0.0.0:7222"\n  gateways: [\n    { name: east, url: "nats://e1:7222" }\n    { name: east, url: "nats://e2:7222" }\n    { name: east, url: "nats://e3:7222" }\n  ]\n}\n',
      findings: [
        { line: 6, column: 7 },
        { line: 7, column: 7 },
      ],
    },
  ],
};
export default cases;
