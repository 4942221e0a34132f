import type { RuleCases } from "./types.js";

const cases: RuleCases = {
  valid: [
    { name: "plain domain", config: 'jetstream { store_dir: "/data", domain: "hub-1" }\n' },
    { name: "empty domain", config: 'jetstream { domain: "" }\n' },
    {
      name: "account default with a dot",
      config: 'accounts { APP {} }\ndefault_js_domain: { APP: "hub.east" }\n',
    },
  ],
  invalid: [
    {
      name: "dot in the domain",
      config: 'jetstream {\n  store_dir: "/data"\n  domain: "hub.east"\n}\n',
      findings: [{ line: 3, column: 3 }],
      serverVersion: "2.9.10",
    },
    {
      name: "space, JetStream off, upper-case key",
      config: 'JetStream { enabled: false, Domain: "a b" }\n',
      findings: [{ line: 1, column: 29 }],
      serverVersion: "2.9.10",
    },
    {
      name: "wildcards through a variable",
      config: 'D = "*"\njetstream { domain: $D }\n',
      findings: [{ line: 2, column: 13 }],
    },
    {
      name: "account default with an empty token",
      config: 'accounts { APP {} }\ndefault_js_domain: {\n  APP: "hub..east"\n}\n',
      findings: [{ line: 3, column: 3 }],
    },
    {
      name: "account defaults that are not strings",
      config:
        "accounts { APP {}, WEB {}, OPS {} }\ndefault_js_domain: {\n  APP: 1\n  WEB: { a: b }\n  OPS: true\n}\n",
      findings: [
        { line: 3, column: 3 },
        { line: 4, column: 3 },
        { line: 5, column: 3 },
      ],
      serverVersion: "2.9.10",
    },
  ],
};
export default cases;
