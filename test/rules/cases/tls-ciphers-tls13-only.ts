import type { RuleCases } from "./types.js";

const cases: RuleCases = {
  valid: [
    {
      name: "TLS 1.2 suites",
      config: "tls {\n  cipher_suites: [ TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256 ]\n}\n",
    },
    {
      name: "mixed list",
      config:
        "tls {\n  cipher_suites: [ TLS_AES_128_GCM_SHA256, TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256 ]\n}\n",
    },
    { name: "empty list is tls-empty-list", config: "tls {\n  cipher_suites: []\n}\n" },
  ],
  invalid: [
    {
      name: "only TLS 1.3 suites",
      config: "tls {\n  cipher_suites: [ TLS_AES_128_GCM_SHA256, TLS_AES_256_GCM_SHA384 ]\n}\n",
      findings: [{ line: 2, column: 3 }],
    },
    {
      name: "with min_version 1.3",
      config:
        'cluster {\n  tls {\n    min_version: "1.3"\n    Cipher_Suites: [ TLS_CHACHA20_POLY1305_SHA256 ]\n  }\n}\n',
      findings: [{ line: 4, column: 5 }],
    },
    {
      name: "on 2.9.10",
      serverVersion: "2.9.10",
      config: "SUITE = TLS_AES_256_GCM_SHA384\ntls {\n  cipher_suites: [ $SUITE ]\n}\n",
      findings: [{ line: 3, column: 3 }],
    },
  ],
};
export default cases;
