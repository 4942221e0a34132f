import type { RuleCases } from "./types.js";

const cases: RuleCases = {
  valid: [
    { name: "fallback", config: "allow_non_tls: true\ntls {\n  handshake_first: auto\n}\n" },
    { name: "no allow_non_tls", config: "tls {\n  handshake_first: true\n}\n" },
    {
      name: "allow_non_tls false",
      config: "allow_non_tls: false\ntls {\n  handshake_first: true\n}\n",
    },
    {
      name: "2.10.3 ignores top-level handshake_first",
      serverVersion: "2.10.3",
      config: "allow_non_tls: true\ntls {\n  handshake_first: true\n}\n",
    },
    {
      name: "leafnodes do not read allow_non_tls",
      config:
        "allow_non_tls: true\nleafnodes {\n  port: 7422\n  tls { handshake_first: true }\n}\n",
    },
  ],
  invalid: [
    {
      name: "TLS first only",
      config: "allow_non_tls: true\ntls {\n  handshake_first: true\n}\n",
      findings: [{ line: 3, column: 3 }],
    },
    {
      name: "aliases, words and a zero delay",
      serverVersion: "2.10.4",
      config: 'ALLOW_NON_TLS: yes\ntls {\n  immediate: "0s"\n}\n',
      findings: [{ line: 3, column: 3 }],
    },
    {
      name: "value from a variable",
      config: 'FIRST = "on"\nallow_non_tls: true\ntls {\n  first: $FIRST\n}\n',
      findings: [{ line: 4, column: 3 }],
    },
  ],
};
export default cases;
