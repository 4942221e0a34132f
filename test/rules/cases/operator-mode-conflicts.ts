import type { RuleCases } from "./types.js";

const OPERATOR = 'operator: "op.jwt"\n';
const TRUSTED = "OCAT33MTVU2VUOIMGNGUNXJ66AH2RLSDAF3MUBCYAY5QMIL65NQM6XQG";

const cases: RuleCases = {
  valid: [
    { name: "operator with a resolver", config: `${OPERATOR}resolver: MEMORY\n` },
    {
      name: "resolver map and system account",
      config: `operators: [ "op.jwt" ]\nsystem_account: AD2VB6C25DQPEUUQ7KJBUFX2J4ZNVBPOHSCBISC7VFZXVWXZA7VASQZG\nresolver { type: full, dir: "jwt" }\n`,
    },
    {
      name: "no operator: accounts and users are fine",
      config: "accounts { A { users: [ { user: a, password: x } ] } }\nno_auth_user: a\n",
    },
    {
      name: "default_sentinel before it existed is option-not-in-version's",
      serverVersion: "2.10.20",
      config: "default_sentinel: abc\n",
    },
  ],
  invalid: [
    {
      name: "no resolver",
      config: OPERATOR,
      findings: [{ line: 1, column: 1 }],
    },
    {
      name: "accounts and users",
      config: `${OPERATOR}resolver: MEMORY\naccounts [ A ]\nauthorization {\n  users: [ { user: a, password: x } ]\n}\n`,
      findings: [
        { line: 3, column: 1 },
        { line: 5, column: 3 },
      ],
    },
    {
      name: "trusted, callout and no_auth_user",
      config: `ROOT: "op.jwt"\noperator: $ROOT\nresolver: MEMORY\ntrusted: ${TRUSTED}\nauthorization {\n  auth_callout { issuer: x, auth_users: [ a ] }\n}\nwebsocket { port: 8080, no_tls: true, no_auth_user: a }\n`,
      findings: [
        { line: 4, column: 1 },
        { line: 6, column: 3 },
        { line: 8, column: 39 },
      ],
    },
    {
      name: "default_sentinel without operator",
      config: "default_sentinel: eyJ0eXAiOiJKV1QifQ.e30.sig\n",
      findings: [{ line: 1, column: 1 }],
    },
  ],
};
export default cases;
