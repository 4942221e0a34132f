import type { RuleCases } from "./types.js";

const cases: RuleCases = {
  valid: [
    { name: "duration strings", config: 'ping_interval: "2m"\nwrite_deadline: 10s\n' },
    { name: "tls timeout in seconds", config: "tls {\n  timeout: 5\n}\n" },
    {
      name: "leafnode reconnect before strings were read",
      config: "leafnodes {\n  port: 7422\n  reconnect: 2\n}\n",
      serverVersion: "2.9.10",
    },
    {
      name: "authorization timeout is auth-timeout's",
      config: "authorization {\n  timeout: 1m\n}\n",
    },
  ],
  invalid: [
    {
      name: "leafnode reconnect since 2.10.12",
      config: "leafnodes {\n  port: 7422\n  reconnect: 2\n}\n",
      serverVersion: "2.10.12",
      findings: [{ line: 3, column: 3 }],
    },
    {
      name: "a size suffix in reconnect before 2.10.12",
      config: "leafnodes {\n  port: 7422\n  reconnect: 1K\n}\n",
      serverVersion: "2.9.10",
      findings: [{ line: 3, column: 3 }],
    },
    {
      name: "a size suffix in reconnect since 2.10.12",
      config: "leafnodes {\n  port: 7422\n  reconnect: 1MB\n}\n",
      serverVersion: "2.10.12",
      findings: [{ line: 3, column: 3 }],
    },
    {
      name: "an integer ping_interval",
      config: "ping_interval: 120\n",
      findings: [{ line: 1, column: 1 }],
    },
    {
      name: "the 1m trap in cluster",
      config: "cluster {\n  port: 6222\n  ping_interval: 1m\n}\n",
      findings: [{ line: 3, column: 3 }],
    },
    {
      name: "the 1m trap in a tls timeout",
      config: "tls {\n  timeout: 1m\n}\n",
      findings: [{ line: 2, column: 3 }],
    },
  ],
};
export default cases;
