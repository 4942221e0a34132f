import type { RuleCases } from "./types.js";

const cases: RuleCases = {
  valid: [
    {
      name: "names of 2.12 and later",
      config:
        "tls {\n  cipher_suites: [\n    TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256\n    TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256\n    TLS_AES_128_GCM_SHA256\n  ]\n}\n",
    },
    {
      name: "names before 2.12",
      serverVersion: "2.11.6",
      config:
        "tls {\n  cipher_suites: [ TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305, TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384 ]\n}\n",
    },
    {
      name: "insecure suites are left to tls-cipher-insecure",
      config: "tls {\n  cipher_suites: [ TLS_RSA_WITH_RC4_128_SHA ]\n}\n",
    },
  ],
  invalid: [
    {
      name: "old ChaCha name on 2.12",
      serverVersion: "2.12.0",
      config: "tls {\n  cipher_suites: [ TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305 ]\n}\n",
      findings: [{ line: 2, column: 20 }],
    },
    {
      name: "new ChaCha name on 2.11",
      serverVersion: "2.11.9",
      config: 'tls {\n  cipher_suites: [ "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256" ]\n}\n',
      findings: [{ line: 2, column: 20 }],
    },
    {
      name: "RSA GCM 128 before 2.12",
      serverVersion: "2.9.10",
      config: "cluster {\n  tls { cipher_suites: [ TLS_RSA_WITH_AES_128_GCM_SHA256 ] }\n}\n",
      findings: [{ line: 2, column: 26 }],
    },
    {
      name: "wrong case, unknown name and a number",
      config:
        "tls {\n  CIPHER_SUITES: [\n    tls_ecdhe_rsa_with_aes_128_gcm_sha256\n    AES256\n    1\n  ]\n}\n",
      findings: [
        { line: 3, column: 5 },
        { line: 4, column: 5 },
        { line: 5, column: 5 },
      ],
    },
    {
      name: "name from a variable",
      config: "SUITE = TLS_FOO\ntls {\n  cipher_suites: [ $SUITE ]\n}\n",
      findings: [{ line: 3, column: 20 }],
    },
  ],
};
export default cases;
