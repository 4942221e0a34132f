import type { RuleCases } from "./types.js";

const cases: RuleCases = {
  valid: [
    { name: "http only", config: "http_port: 8222\n" },
    { name: "https only", config: 'https: "0.0.0.0:8443"\n' },
    { name: "http port 0 is off", config: "http_port: 0\nhttps_port: 8443\n" },
  ],
  invalid: [
    {
      name: "both ports",
      config: "http_port: 8222\nhttps_port: 8443\n",
      findings: [{ line: 2, column: 1 }],
      serverVersion: "2.9.10",
    },
    {
      name: "host:port forms and monitor_port alias",
      config: 'Monitor_Port: 8222\nHTTPS: "127.0.0.1:-1"\n',
      findings: [{ line: 2, column: 1 }],
      serverVersion: "2.9.10",
    },
    {
      name: "through a variable",
      config: "P = 8443\nhttp: 8222\nhttps_port: $P\n",
      findings: [{ line: 3, column: 1 }],
    },
  ],
};
export default cases;
