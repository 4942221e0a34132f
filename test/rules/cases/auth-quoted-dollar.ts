import type { RuleCases } from "./types.js";

const cases: RuleCases = {
  valid: [
    {
      name: "unquoted variable",
      config: "PASS: s3cret\nauthorization { user: a, password: $PASS }\n",
    },
    {
      name: "quoted dollar without such a variable",
      config: 'authorization { user: a, password: "$NOT_DEFINED" }\n',
    },
    {
      name: "quoted dollar in a key that is no credential",
      config: 'NAME: x\nserver_name: "$NAME"\n',
    },
    {
      name: "quoted bcrypt hash",
      config: 'authorization { user: a, password: "$2a$11$abcdefghijklmnopqrstuv" }\n',
    },
    {
      name: "the key itself is not its own variable",
      config: 'authorization { user: a, password: "$password" }\n',
    },
  ],
  invalid: [
    {
      name: "double-quoted password",
      config: 'PASS: s3cret\nauthorization {\n  user: a\n  password: "$PASS"\n}\n',
      findings: [{ line: 4, column: 3 }],
    },
    {
      name: "single-quoted token, variable in the block",
      config: "authorization {\n  TOK: abc\n  token: '$TOK'\n}\n",
      findings: [{ line: 3, column: 3 }],
    },
    {
      name: "user name in a users entry",
      config: 'WHO: alice\nauthorization { users: [ { user: "$WHO", password: $WHO } ] }\n',
      findings: [{ line: 2, column: 28 }],
    },
    {
      name: "cluster route password",
      config: 'RP: x\ncluster {\n  port: 6222\n  authorization { user: r, password: "$RP" }\n}\n',
      findings: [{ line: 4, column: 28 }],
    },
  ],
};
export default cases;
