import type { RuleCases } from "./types.js";

const cases: RuleCases = {
  valid: [
    { name: "top level with cert", config: "tls {\n  cert_file: c.pem\n  key_file: k.pem\n}\n" },
    { name: "certs", config: "tls {\n  certs: [ { cert_file: a.pem, key_file: a.key } ]\n}\n" },
    {
      name: "cert store",
      config: "tls {\n  cert_store: WindowsCurrentUser\n  cert_match: nats\n}\n",
    },
    {
      name: "key without cert is left to tls-cert-key-pair",
      config: "tls {\n  key_file: k.pem\n}\n",
    },
    {
      name: "listener without a port",
      config: "websocket {\n  tls { ca_file: ca.pem }\n}\nmqtt {\n  tls { }\n}\n",
    },
    {
      name: "blocks of dialed connections",
      config:
        'leafnodes { remotes: [ { url: "tls://hub:7422", tls { ca_file: ca.pem } } ] }\nresolver_tls { ca_file: ca.pem }\n',
    },
  ],
  invalid: [
    {
      name: "top-level block with CA only",
      config: "tls {\n  ca_file: ca.pem\n  verify: true\n}\n",
      findings: [{ line: 1, column: 1 }],
    },
    {
      name: "listeners with ports",
      config: [
        "cluster { port: 6222, tls { ca_file: ca.pem } }",
        "gateway { name: A, listen: 7222, tls { ca_file: ca.pem } }",
        "leafnodes { port: -1, TLS { } }",
        "websocket { port: 8080, tls { certs: [] } }",
        "",
      ].join("\n"),
      findings: [
        { line: 1, column: 23 },
        { line: 2, column: 34 },
        { line: 3, column: 23 },
        { line: 4, column: 25 },
      ],
    },
    {
      name: "block from a variable",
      config: "CLIENT_TLS = { ca_file: ca.pem }\ntls: $CLIENT_TLS\n",
      findings: [{ line: 2, column: 1 }],
    },
  ],
};
export default cases;
