import type { RuleCases } from "./types.js";

const cases: RuleCases = {
  valid: [
    {
      name: "secure suites",
      config:
        "tls {\n  cipher_suites: [ TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256, TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA ]\n}\n",
    },
    {
      name: "allowed with the flag",
      config:
        "tls {\n  allow_insecure_cipher_suites: true\n  cipher_suites: [ TLS_RSA_WITH_AES_128_CBC_SHA ]\n}\n",
    },
    {
      name: "no check before 2.12",
      serverVersion: "2.11.0",
      config: "tls {\n  cipher_suites: [ TLS_RSA_WITH_AES_128_CBC_SHA ]\n}\n",
    },
  ],
  invalid: [
    {
      name: "RSA key exchange, RC4, 3DES and CBC-SHA256",
      serverVersion: "2.12.0",
      config: [
        "tls {",
        "  cipher_suites: [",
        "    TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
        "    TLS_RSA_WITH_AES_256_GCM_SHA384",
        "    TLS_ECDHE_RSA_WITH_RC4_128_SHA",
        "    TLS_ECDHE_RSA_WITH_3DES_EDE_CBC_SHA",
        "    TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256",
        "  ]",
        "}",
        "",
      ].join("\n"),
      findings: [
        { line: 4, column: 5 },
        { line: 5, column: 5 },
        { line: 6, column: 5 },
        { line: 7, column: 5 },
      ],
    },
    {
      name: "flag set to false in a leafnode remote",
      config:
        'leafnodes {\n  remotes: [ { url: "tls://hub:7422", tls { allow_insecure_cipher_suites: false, cipher_suites: [ TLS_RSA_WITH_AES_128_GCM_SHA256 ] } } ]\n}\n',
      findings: [{ line: 2, column: 99 }],
    },
    {
      name: "suite from a variable",
      config: "OLD = TLS_RSA_WITH_3DES_EDE_CBC_SHA\ntls {\n  cipher_suites: [ $OLD ]\n}\n",
      findings: [{ line: 3, column: 20 }],
    },
  ],
};
export default cases;
