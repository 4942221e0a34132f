import type { RuleCases } from "./types.js";

const HASH = "$2a$11$W2zko751KUvVy59mUTWmpOdWjpEm5qhcCZRd05GjI/sSOT.xtiHyG";

const cases: RuleCases = {
  valid: [
    { name: "bcrypt password", config: `authorization {\n  user: a\n  password: "${HASH}"\n}\n` },
    {
      name: "unquoted $2a$ hash stays literal",
      config: `authorization { users: [ { user: a, password: ${HASH} } ] }\n`,
    },
    {
      name: "bcrypt token",
      config: `authorization { token: "${HASH.replace("$2a$", "$2b$")}" }\n`,
    },
    {
      name: "user without password is left to the mapping rules",
      config: 'authorization { users: [ { user: "CN=a" }, { user: b, password: "" } ] }\n',
    },
    {
      name: "cluster password is not a client password",
      config: "cluster { port: 6222, authorization { user: r, password: routepass } }\n",
    },
  ],
  invalid: [
    {
      name: "single user password",
      config: "authorization {\n  user: a\n  password: s3cret\n}\n",
      findings: [{ line: 3, column: 3 }],
    },
    {
      name: "token, upper-case key",
      config: "authorization {\n  TOKEN: abc123\n}\n",
      findings: [{ line: 2, column: 3 }],
    },
    {
      name: "users in authorization and an account",
      config:
        'authorization { users: [ { user: a, pass: "x1" } ] }\naccounts {\n  A { users: [ { user: b, password: y2 } ] }\n}\n',
      findings: [
        { line: 1, column: 37 },
        { line: 3, column: 27 },
      ],
    },
    {
      name: "password through a variable",
      config: "PW: hunter22\nauthorization { users: [ { user: a, password: $PW } ] }\n",
      findings: [{ line: 2, column: 37 }],
    },
    {
      name: "looks like bcrypt but is not",
      config: 'authorization { users: [ { user: a, password: "$2c$11$abc" } ] }\n',
      findings: [{ line: 1, column: 37 }],
    },
  ],
};
export default cases;
