import type { RuleCases } from "./types.js";

const cases: RuleCases = {
  valid: [
    {
      name: "known keys in any case",
      config: "tls {\n  CERT_FILE: a.pem\n  key_file: b.pem\n}\nPort: 4222\n",
    },
    {
      name: "variable used in authorization",
      config:
        'authorization {\n  PASS: "$2a$11$abc"\n  users = [ { user: alice, password: $PASS } ]\n}\n',
    },
    { name: "account names are data", config: "accounts {\n  Anything_Goes: {}\n}\n" },
  ],
  invalid: [
    {
      name: "misspelled tls and user keys",
      config:
        "tls {\n  cert_fil: a.pem\n}\nauthorization {\n  users = [ { user: alice, passwd: x } ]\n}\n",
      findings: [
        { line: 2, column: 3 },
        { line: 5, column: 28 },
      ],
    },
    {
      name: "variable inside tls",
      config: "tls {\n  X: 1\n  timeout: $X\n}\n",
      findings: [{ line: 2, column: 3 }],
    },
    { name: "user at top level", config: "user: alice\n", findings: [{ line: 1, column: 1 }] },
    {
      name: "system_account in another case",
      config: "System_Account: SYS\naccounts { SYS: {} }\n",
      findings: [{ line: 1, column: 1 }],
    },
    {
      name: "very long key",
      config: `${"k".repeat(100_000)} = 1\n`,
      findings: [{ line: 1, column: 1 }],
    },
    {
      name: "unused variable at top level",
      config: "HELPER = 1\nport: 4222\n",
      findings: [{ line: 1, column: 1 }],
    },
  ],
};
export default cases;
