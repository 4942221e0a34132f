import type { RuleCases } from "./types.js";

const cases: RuleCases = {
  valid: [
    { name: "cert and key", config: "tls {\n  cert_file: c.pem\n  key_file: k.pem\n}\n" },
    {
      name: "certs pairs",
      config:
        "tls {\n  certs: [\n    { cert_file: a.pem, key_file: a.key }\n    { cert_file: b.pem, key_file: b.key }\n  ]\n}\n",
    },
    { name: "empty strings count as unset", config: 'tls {\n  cert_file: ""\n  key_file: ""\n}\n' },
    {
      name: "cert store alone",
      config: "tls {\n  cert_store: WindowsCurrentUser\n  cert_match: nats\n}\n",
    },
    {
      name: "mis-cased certs entry keys are left to unknown-key",
      config: "tls {\n  certs: [ { Cert_File: a.pem, key_file: a.key } ]\n}\n",
    },
    {
      name: "certs on a target without it are left to option-not-in-version",
      serverVersion: "2.9.10",
      config:
        "tls {\n  cert_file: c.pem\n  key_file: k.pem\n  certs: [ { cert_file: a.pem } ]\n}\n",
    },
  ],
  invalid: [
    {
      name: "cert without key",
      config: "tls {\n  cert_file: c.pem\n}\n",
      findings: [{ line: 2, column: 3 }],
    },
    {
      name: "key without cert in cluster, upper case",
      config: "cluster {\n  tls {\n    KEY_FILE: k.pem\n  }\n}\n",
      findings: [{ line: 3, column: 5 }],
    },
    {
      name: "key_file next to certs",
      config:
        "tls {\n  key_file: k.pem\n  certificates: [ { cert_file: a.pem, key_file: a.key } ]\n}\n",
      findings: [{ line: 2, column: 3 }],
    },
    {
      name: "cert_file with certs",
      config:
        "tls {\n  cert_file: c.pem\n  key_file: k.pem\n  certs: [ { cert_file: a.pem, key_file: a.key } ]\n}\n",
      findings: [{ line: 2, column: 3 }],
    },
    {
      name: "cert_file with cert_store",
      config:
        "tls {\n  cert_file: c.pem\n  key_file: k.pem\n  cert_store: WindowsLocalMachine\n}\n",
      findings: [{ line: 2, column: 3 }],
    },
    {
      name: "certs entries missing a half",
      config:
        'tls {\n  certs: [\n    { cert_file: a.pem }\n    { key_file: "b.key", cert_file: "" }\n  ]\n}\n',
      findings: [
        { line: 3, column: 5 },
        { line: 4, column: 5 },
      ],
    },
    {
      name: "paths from variables",
      config: "CERT = c.pem\ntls {\n  cert_file: $CERT\n}\n",
      findings: [{ line: 3, column: 3 }],
    },
  ],
};
export default cases;
