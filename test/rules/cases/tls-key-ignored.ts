import type { RuleCases } from "./types.js";

const cases: RuleCases = {
  valid: [
    {
      name: "keys where the server reads them",
      config: [
        "tls { connection_rate_limit: 100, handshake_first: auto, timeout: 3 }",
        "leafnodes {",
        "  port: 7422",
        "  tls { handshake_first: auto, pinned_certs: [] }",
        '  remotes: [ { url: "tls://hub:7422", tls { handshake_first: true, timeout: 5 } } ]',
        "}",
        "websocket { port: 8080, handshake_timeout: 5s, tls { cert_file: c.pem, key_file: k.pem } }",
        "",
      ].join("\n"),
    },
    {
      name: "values that change nothing",
      config: [
        "cluster { tls { handshake_first: false, connection_rate_limit: 0 } }",
        "resolver_tls { verify: false, pinned_certs: [] }",
        "",
      ].join("\n"),
    },
    {
      name: "remote verify and pins are left to leaf-tls-wrong-side",
      config:
        'leafnodes { remotes: [ { url: "tls://hub:7422", tls { verify: true, verify_and_map: true, pinned_certs: ["' +
        "a".repeat(64) +
        '"] } } ] }\n',
    },
    {
      name: "leafnodes fallback from 2.11.0",
      serverVersion: "2.11.0",
      config: 'leafnodes {\n  port: 7422\n  tls { handshake_first: "300ms" }\n}\n',
    },
    {
      name: "top-level handshake_first from 2.10.4",
      serverVersion: "2.10.4",
      config: "tls {\n  handshake_first: true\n}\n",
    },
    {
      name: "strings before 2.10.4 are left to tls-handshake-first-value",
      serverVersion: "2.10.2",
      config: 'cluster {\n  tls { handshake_first: "auto" }\n}\n',
    },
    {
      name: "keys the target lacks are left to option-not-in-version",
      serverVersion: "2.9.10",
      config: "cluster {\n  tls { handshake_first: true }\n}\n",
    },
  ],
  invalid: [
    {
      name: "connection_rate_limit outside the top level",
      config:
        "cluster {\n  tls { connection_rate_limit: 10 }\n}\nmqtt { port: 1883, tls { Connection_Rate_Limit: 5 } }\n",
      findings: [
        { line: 2, column: 9 },
        { line: 4, column: 26 },
      ],
    },
    {
      name: "websocket timeout, handshake_first and pins",
      config: [
        "websocket {",
        "  port: 8080",
        "  tls {",
        "    timeout: 5",
        "    first: true",
        '    pinned_certs: ["' + "b".repeat(64) + '"]',
        "  }",
        "}",
        "",
      ].join("\n"),
      findings: [
        { line: 4, column: 5 },
        { line: 5, column: 5 },
        { line: 6, column: 5 },
      ],
    },
    {
      name: "handshake_first where nothing starts with TLS",
      config: [
        'cluster { tls { handshake_first: "auto" } }',
        "gateway { name: A, tls { immediate: on } }",
        "mqtt { port: 1883, tls { handshake_first: true } }",
        "resolver_tls { handshake_first: true }",
        "",
      ].join("\n"),
      findings: [
        { line: 1, column: 17 },
        { line: 2, column: 26 },
        { line: 3, column: 26 },
        { line: 4, column: 16 },
      ],
    },
    {
      name: "gateways[] entry",
      config: [
        "gateway {",
        "  name: A",
        "  gateways: [",
        "    {",
        "      name: B",
        '      url: "nats://b:7222"',
        "      tls {",
        "        verify: true",
        "        verify_and_map: true",
        "        verify_cert_and_check_known_urls: true",
        '        pinned_certs: ["' + "c".repeat(64) + '"]',
        "      }",
        "    }",
        "  ]",
        "}",
        "",
      ].join("\n"),
      findings: [
        { line: 8, column: 9 },
        { line: 9, column: 9 },
        { line: 10, column: 9 },
        { line: 11, column: 9 },
      ],
    },
    {
      name: "resolver_tls through a variable",
      config: "SECONDS = 3\nresolver_tls {\n  timeout: $SECONDS\n  verify_and_map: true\n}\n",
      findings: [
        { line: 3, column: 3 },
        { line: 4, column: 3 },
      ],
    },
    {
      name: "remote fallback delay",
      config:
        'leafnodes {\n  remotes: [ { url: "tls://hub:7422", tls { handshake_first: "auto" } } ]\n}\n',
      findings: [{ line: 2, column: 45 }],
    },
    {
      name: "leafnodes fallback before 2.11.0",
      serverVersion: "2.10.20",
      config: 'leafnodes {\n  port: 7422\n  tls { handshake_first: "300ms" }\n}\n',
      findings: [{ line: 3, column: 9 }],
    },
    {
      name: "top-level handshake_first on 2.10.0 to 2.10.3",
      serverVersion: "2.10.3",
      config: "tls {\n  handshake_first: true\n}\n",
      findings: [{ line: 2, column: 3 }],
    },
  ],
};
export default cases;
