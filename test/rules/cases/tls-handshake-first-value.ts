import type { RuleCases } from "./types.js";

const cases: RuleCases = {
  valid: [
    {
      name: "every accepted form",
      config: [
        "tls { handshake_first: true }",
        'leafnodes { port: 7422, tls { first: "AUTO" } }',
        'cluster { tls { immediate: "auto_fallback" } }',
        'mqtt { port: 1883, tls { handshake_first: "off" } }',
        'websocket { port: 8080, tls { handshake_first: "250ms" } }',
        "",
      ].join("\n"),
    },
    {
      name: "bool on 2.10.0",
      serverVersion: "2.10.0",
      config: "tls {\n  handshake_first: false\n}\n",
    },
    {
      name: "keys the target lacks are left to option-not-in-version",
      serverVersion: "2.9.10",
      config: 'tls {\n  handshake_first: "auto"\n}\n',
    },
  ],
  invalid: [
    {
      name: "unknown words",
      config: 'tls {\n  handshake_first: "yes"\n}\nleafnodes {\n  tls { First: "5 seconds" }\n}\n',
      findings: [
        { line: 2, column: 3 },
        { line: 5, column: 9 },
      ],
    },
    {
      name: "strings before 2.10.4",
      serverVersion: "2.10.3",
      config: 'tls {\n  handshake_first: "auto"\n}\nleafnodes {\n  tls { immediate: "true" }\n}\n',
      findings: [
        { line: 2, column: 3 },
        { line: 5, column: 9 },
      ],
    },
    {
      name: "value from a variable",
      config: "MODE = fallback\ntls {\n  handshake_first: $MODE\n}\n",
      findings: [{ line: 3, column: 3 }],
    },
  ],
};
export default cases;
