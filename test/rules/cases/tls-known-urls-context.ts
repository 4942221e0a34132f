import type { RuleCases } from "./types.js";

const cases: RuleCases = {
  valid: [
    { name: "cluster", config: "cluster {\n  tls { verify_cert_and_check_known_urls: true }\n}\n" },
    {
      name: "gateway",
      config: "gateway {\n  name: A\n  tls { verify_cert_and_check_known_urls: true }\n}\n",
    },
    {
      name: "gateways[] entry is left to tls-key-ignored",
      config:
        'gateway {\n  name: A\n  gateways: [ { name: B, url: "nats://b:7222", tls { verify_cert_and_check_known_urls: true } } ]\n}\n',
    },
    { name: "false at top level", config: "tls {\n  verify_cert_and_check_known_urls: false\n}\n" },
  ],
  invalid: [
    {
      name: "top-level tls",
      config:
        "tls {\n  cert_file: c.pem\n  key_file: k.pem\n  verify_cert_and_check_known_urls: true\n}\n",
      findings: [{ line: 4, column: 3 }],
    },
    {
      name: "leafnodes, remote, websocket, mqtt and resolver_tls",
      config: [
        "leafnodes {",
        "  port: 7422",
        "  tls { verify_cert_and_check_known_urls: true }",
        '  remotes: [ { url: "tls://hub:7422", tls { verify_cert_and_check_known_urls: true } } ]',
        "}",
        "websocket { port: 8080, tls { verify_cert_and_check_known_urls: true } }",
        "mqtt { port: 1883, tls { verify_cert_and_check_known_urls: true } }",
        "resolver_tls { verify_cert_and_check_known_urls: true }",
        "",
      ].join("\n"),
      findings: [
        { line: 3, column: 9 },
        { line: 4, column: 45 },
        { line: 6, column: 31 },
        { line: 7, column: 26 },
        { line: 8, column: 16 },
      ],
    },
    {
      name: "upper-case key and value from a variable",
      config: "ON = true\ntls {\n  VERIFY_CERT_AND_CHECK_KNOWN_URLS: $ON\n}\n",
      findings: [{ line: 3, column: 3 }],
    },
  ],
};
export default cases;
