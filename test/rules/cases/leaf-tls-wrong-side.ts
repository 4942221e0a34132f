import type { RuleCases } from "./types.js";

const PIN = "d".repeat(64);

const cases: RuleCases = {
  valid: [
    {
      name: "remote with its own tls block",
      config: [
        "leafnodes {",
        "  remotes: [",
        '    { url: "tls://hub:7422", tls { cert_file: c.pem, key_file: k.pem, ca_file: ca.pem } }',
        "  ]",
        "}",
        "",
      ].join("\n"),
    },
    {
      name: "leafnodes tls with a listener",
      config: [
        "leafnodes {",
        "  port: 7422",
        "  tls { cert_file: c.pem, key_file: k.pem, verify: true }",
        '  remotes: [ { url: "tls://hub:7422" } ]',
        "}",
        "",
      ].join("\n"),
    },
    {
      name: "pins only, which remotes do use",
      config: `leafnodes {\n  tls { pinned_certs: ["${PIN}"] }\n  remotes: [ { url: "tls://hub:7422" } ]\n}\n`,
    },
    {
      name: "every remote has its own block",
      config: [
        "leafnodes {",
        "  tls { ca_file: ca.pem }",
        '  remotes: [ { url: "tls://hub:7422", tls { ca_file: ca.pem } } ]',
        "}",
        "",
      ].join("\n"),
    },
    {
      name: "verify false in a remote",
      config: 'leafnodes {\n  remotes: [ { url: "tls://hub:7422", tls { verify: false } } ]\n}\n',
    },
    {
      // nats-server merges leaf {} and leafnodes {}, so the listener is on.
      name: "port in leaf, tls in leafnodes",
      config:
        'leaf {\n  listen: "127.0.0.1:-1"\n}\nleafnodes {\n  tls { cert_file: "c.pem", key_file: "k.pem" }\n  remotes: [ { url: "nats://127.0.0.1:7422" } ]\n}\n',
    },
  ],
  invalid: [
    {
      name: "leafnodes tls meant for remotes",
      config: [
        "leafnodes {",
        "  tls {",
        "    cert_file: c.pem",
        "    key_file: k.pem",
        "    ca_file: ca.pem",
        "  }",
        '  remotes: [ { url: "tls://hub:7422" } ]',
        "}",
        "",
      ].join("\n"),
      findings: [{ line: 2, column: 3 }],
    },
    {
      name: "port 0 keeps the listener off",
      config:
        'leaf {\n  port: 0\n  TLS { ca_file: ca.pem }\n  remotes: [ { url: "tls://hub:7422" } ]\n}\n',
      findings: [{ line: 3, column: 3 }],
    },
    {
      name: "verify, verify_and_map and pins in a remote",
      config: [
        "leafnodes {",
        "  remotes: [",
        "    {",
        '      url: "tls://hub:7422"',
        "      tls {",
        "        verify: true",
        "        Verify_And_Map: true",
        `        pinned_certs: ["${PIN}"]`,
        "      }",
        "    }",
        "  ]",
        "}",
        "",
      ].join("\n"),
      findings: [
        { line: 6, column: 9 },
        { line: 7, column: 9 },
        { line: 8, column: 9 },
      ],
    },
    {
      name: "remote tls through a variable",
      config:
        'REMOTE_TLS = { verify: true }\nleafnodes {\n  remotes: [ { url: "tls://hub:7422", tls: $REMOTE_TLS } ]\n}\n',
      findings: [{ line: 1, column: 16 }],
    },
  ],
};
export default cases;
