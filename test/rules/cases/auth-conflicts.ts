import type { RuleCases } from "./types.js";

const NKEY = "UDXU4RCSJNZOIQHZNWXHXORDPRTGNJAHAHFRGZNEEJCPQTT2M7NLCNF4";

const cases: RuleCases = {
  valid: [
    { name: "single user", config: "authorization {\n  user: alice\n  password: s3cret\n}\n" },
    { name: "token only", config: "authorization {\n  token: abc123\n}\n" },
    {
      name: "users array",
      config: "authorization {\n  users: [ { user: alice, password: s3cret } ]\n}\n",
    },
    {
      name: "password alone next to users",
      config: "authorization {\n  password: x\n  users: [ { user: a, password: b } ]\n}\n",
    },
    {
      name: "empty token next to users",
      config: 'authorization {\n  token: ""\n  users: [ { user: a, password: b } ]\n}\n',
    },
    {
      name: "token with accounts without users",
      config: "authorization { token: abc }\naccounts { A {} }\n",
    },
  ],
  invalid: [
    {
      name: "user and token",
      config: "authorization {\n  user: alice\n  password: s3cret\n  token: abc\n}\n",
      findings: [{ line: 4, column: 3 }],
    },
    {
      name: "password and token, upper-case keys",
      config: "authorization {\n  PASS: s3cret\n  Token: abc\n}\n",
      findings: [{ line: 3, column: 3 }],
    },
    {
      name: "single user and users array",
      config: "authorization {\n  username: alice\n  users: [ { user: bob, password: b } ]\n}\n",
      findings: [{ line: 2, column: 3 }],
    },
    {
      name: "single user and an empty users array",
      config: "authorization {\n  user: alice\n  users: []\n}\n",
      findings: [{ line: 2, column: 3 }],
    },
    {
      name: "token and users",
      config: "authorization {\n  token: abc\n  users: [ { user: bob, password: b } ]\n}\n",
      findings: [{ line: 2, column: 3 }],
    },
    {
      name: "single user and account users",
      config:
        "authorization { user: alice, password: x }\naccounts {\n  A { users: [ { user: bob, password: y } ] }\n}\n",
      findings: [{ line: 1, column: 17 }],
    },
    {
      name: "token through a variable and account nkey users",
      config: `TOKEN: abc\nauthorization { token: $TOKEN }\naccounts {\n  A { users: [ { nkey: ${NKEY} } ] }\n}\n`,
      findings: [{ line: 2, column: 17 }],
    },
    {
      name: "user, token and users",
      config: "authorization {\n  user: a\n  token: t\n  users: []\n}\n",
      findings: [
        { line: 3, column: 3 },
        { line: 2, column: 3 },
      ],
    },
  ],
};
export default cases;
