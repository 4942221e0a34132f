import type { RuleCases } from "./types.js";

const cases: RuleCases = {
  valid: [
    {
      name: "lists with names",
      config:
        "tls {\n  cipher_suites: [ TLS_AES_128_GCM_SHA256 ]\n  curve_preferences: [ X25519 ]\n}\n",
    },
    { name: "lists left out", config: "tls {\n  cert_file: c.pem\n  key_file: k.pem\n}\n" },
  ],
  invalid: [
    {
      name: "both lists empty",
      config: "tls {\n  cipher_suites: []\n  curve_preferences: []\n}\n",
      findings: [
        { line: 2, column: 3 },
        { line: 3, column: 3 },
      ],
    },
    {
      name: "upper case in a remote",
      config:
        'leafnodes {\n  remotes: [ { url: "tls://hub:7422", tls { Curve_Preferences: [ ] } } ]\n}\n',
      findings: [{ line: 2, column: 45 }],
    },
    {
      name: "empty list from a variable",
      serverVersion: "2.9.10",
      config: "NONE = []\ncluster {\n  tls { cipher_suites: $NONE }\n}\n",
      findings: [{ line: 3, column: 9 }],
    },
  ],
};
export default cases;
