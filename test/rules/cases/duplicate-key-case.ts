import type { RuleCases } from "./types.js";

const cases: RuleCases = {
  valid: [
    { name: "one spelling", config: "port: 4222\n" },
    { name: "account names differ by case", config: "accounts {\n  A: {}\n  a: {}\n}\n" },
    {
      name: "exact-case key and another spelling",
      config: "system_account: SYS\nSystem_Account: OTHER\naccounts { SYS: {}, OTHER: {} }\n",
    },
  ],
  invalid: [
    {
      name: "Port and port",
      config: "Port: 4222\nport: 4333\n",
      findings: [{ line: 2, column: 1 }],
    },
    {
      name: "in a tls block",
      config: "tls {\n  verify: true\n  VERIFY: false\n}\n",
      findings: [{ line: 3, column: 3 }],
    },
    {
      name: "imports and Imports in an account",
      config:
        'accounts {\n  A { exports: [ { service: "foo" } ] }\n  B {\n    imports: [ { service: { account: A, subject: "foo" } } ]\n    Imports: [ { service: { account: A, subject: "foo" } } ]\n  }\n}\n',
      findings: [{ line: 5, column: 5 }],
    },
    {
      name: "jetstream blocks that both set store_dir",
      config: 'jetstream {\n  store_dir: "/tmp/a"\n}\nJetStream {\n  store_dir: "/tmp/a"\n}\n',
      findings: [{ line: 4, column: 1 }],
    },
  ],
};
export default cases;
