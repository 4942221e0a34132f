import type { RuleCases } from "./types.js";

const cases: RuleCases = {
  valid: [
    {
      name: "https with tls",
      config: "https_port: 8443\ntls {\n  cert_file: c.pem\n  key_file: k.pem\n}\n",
    },
    { name: "http only", config: "http_port: 8222\n" },
    { name: "port 0 is off", config: "https_port: 0\n" },
  ],
  invalid: [
    { name: "https_port", config: "https_port: 8443\n", findings: [{ line: 1, column: 1 }] },
    {
      name: "https host and port",
      config: 'HTTPS: "0.0.0.0:8443"\n',
      findings: [{ line: 1, column: 1 }],
    },
    {
      name: "random port from a variable",
      config: "MONITOR = -1\nhttps: $MONITOR\n",
      findings: [{ line: 2, column: 1 }],
    },
  ],
};
export default cases;
