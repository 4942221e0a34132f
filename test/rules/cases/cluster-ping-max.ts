import type { RuleCases } from "./types.js";

const cases: RuleCases = {
  valid: [
    { name: "exactly 30 seconds", config: 'cluster { port: 6222, ping_interval: "30s" }\n' },
    { name: "short interval", config: 'cluster { ping_interval: "500ms" }\n' },
    { name: "client ping interval is not capped", config: 'ping_interval: "2m"\n' },
    {
      name: "key unknown before 2.10.10",
      config: 'cluster { ping_interval: "1m" }\n',
      serverVersion: "2.10.9",
    },
    { name: "integer left to duration-integer", config: "cluster { ping_interval: 60 }\n" },
  ],
  invalid: [
    {
      name: "one minute",
      config: 'cluster {\n  port: 6222\n  ping_interval: "1m"\n}\n',
      findings: [{ line: 3, column: 3 }],
    },
    {
      name: "first release with the key, upper-case key",
      config: 'CLUSTER { Ping_Interval: "30.5s" }\n',
      findings: [{ line: 1, column: 11 }],
      serverVersion: "2.10.10",
    },
    {
      name: "through a variable",
      config: 'PING = "2m"\ncluster { ping_interval: $PING }\n',
      findings: [{ line: 2, column: 11 }],
    },
  ],
};
export default cases;
