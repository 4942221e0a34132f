import type { RuleCases } from "./types.js";

const cases: RuleCases = {
  valid: [
    {
      name: "secure suite",
      config: "tls {\n  cipher_suites: [ TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384 ]\n}\n",
    },
    {
      name: "without the flag it is tls-cipher-insecure",
      config: "tls {\n  cipher_suites: [ TLS_RSA_WITH_AES_128_CBC_SHA ]\n}\n",
    },
    {
      name: "flag without insecure suites",
      config:
        "tls {\n  allow_insecure_cipher_suites: true\n  cipher_suites: [ TLS_AES_128_GCM_SHA256, TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256 ]\n}\n",
    },
  ],
  invalid: [
    {
      name: "allowed by the flag",
      config:
        "tls {\n  Allow_Insecure_Cipher_Suites: true\n  cipher_suites: [ TLS_RSA_WITH_AES_128_CBC_SHA, TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256 ]\n}\n",
      findings: [{ line: 3, column: 20 }],
    },
    {
      name: "no check before 2.12",
      serverVersion: "2.11.0",
      config: "cluster {\n  tls { cipher_suites: [ TLS_RSA_WITH_RC4_128_SHA ] }\n}\n",
      findings: [{ line: 2, column: 26 }],
    },
    {
      name: "suite from a variable on 2.9.10",
      serverVersion: "2.9.10",
      config: "OLD = TLS_ECDHE_RSA_WITH_3DES_EDE_CBC_SHA\ntls {\n  cipher_suites: [ $OLD ]\n}\n",
      findings: [{ line: 3, column: 20 }],
    },
  ],
};
export default cases;
