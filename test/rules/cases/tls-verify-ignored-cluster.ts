import type { RuleCases } from "./types.js";

const cases: RuleCases = {
  valid: [
    {
      name: "cluster tls without verify",
      config:
        "cluster {\n  port: 6222\n  tls { cert_file: c.pem, key_file: k.pem, ca_file: ca.pem }\n}\n",
    },
    { name: "cluster verify true", config: "cluster {\n  tls { verify: true }\n}\n" },
    { name: "top-level verify false", config: "tls {\n  verify: false\n}\n" },
    {
      name: "gateways[] entry is left to tls-key-ignored",
      config:
        'gateway {\n  name: A\n  gateways: [ { name: B, url: "nats://b:7222", tls { verify: false } } ]\n}\n',
    },
  ],
  invalid: [
    {
      name: "cluster verify false",
      config: "cluster {\n  port: 6222\n  tls {\n    verify: false\n  }\n}\n",
      findings: [{ line: 4, column: 5 }],
    },
    {
      name: "gateway verify off, upper case",
      config: "gateway {\n  name: A\n  TLS { VERIFY: off }\n}\n",
      findings: [{ line: 3, column: 9 }],
    },
    {
      name: "verify through a variable",
      config: "NO = false\ncluster {\n  tls { verify: $NO }\n}\n",
      findings: [{ line: 3, column: 9 }],
    },
  ],
};
export default cases;
