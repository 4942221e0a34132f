import type { RuleCases } from "./types.js";

const cases: RuleCases = {
  valid: [
    { name: "no insecure", config: "tls {\n  cert_file: c.pem\n  key_file: k.pem\n}\n" },
    { name: "insecure false", config: "tls {\n  insecure: false\n}\n" },
    { name: "dialing blocks are tls-insecure", config: "cluster {\n  tls { insecure: true }\n}\n" },
    {
      name: "leafnodes block meant for remotes is leaf-tls-wrong-side",
      config:
        'leafnodes {\n  tls { insecure: true }\n  remotes: [ { url: "tls://hub:7422" } ]\n}\n',
    },
  ],
  invalid: [
    {
      name: "top level, websocket and mqtt",
      config: [
        "tls { insecure: true }",
        "websocket { port: 8080, tls { Insecure: true } }",
        "mqtt { port: 1883, tls { insecure: on } }",
        "",
      ].join("\n"),
      findings: [
        { line: 1, column: 7 },
        { line: 2, column: 31 },
        { line: 3, column: 26 },
      ],
    },
    {
      name: "leafnodes listener",
      config: "leafnodes {\n  port: 7422\n  tls {\n    insecure: true\n  }\n}\n",
      findings: [{ line: 4, column: 5 }],
    },
    {
      name: "value from a variable",
      config: "YES = true\ntls {\n  insecure: $YES\n}\n",
      findings: [{ line: 3, column: 3 }],
    },
  ],
};
export default cases;
