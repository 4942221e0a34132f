import type { RuleCases } from "./types.js";

const NKEY = "UDXU4RCSJNZOIQHZNWXHXORDPRTGNJAHAHFRGZNEEJCPQTT2M7NLCNF4";

const cases: RuleCases = {
  valid: [
    {
      name: "distinct users",
      config:
        "authorization {\n  users: [ { user: a, password: x }, { user: b, password: y } ]\n}\n",
    },
    {
      name: "same name in leafnode users and client users",
      config:
        "leafnodes {\n  port: 7422\n  authorization { users: [ { user: a, password: x } ] }\n}\nauthorization { users: [ { user: a, password: y } ] }\n",
    },
    {
      name: "names differ in case",
      config:
        "accounts {\n  A { users: [ { user: bob, password: x } ] }\n  B { users: [ { user: Bob, password: y } ] }\n}\n",
    },
    {
      // Only one of the two arrays takes effect (nats-server 2.9.10 accepts).
      name: "same user in users and Users",
      config:
        "authorization {\n  users: [ { user: a, password: a } ]\n  Users: [ { user: a, password: a } ]\n}\n",
    },
    {
      name: "same user in an account's users and Users",
      config:
        "accounts {\n  A {\n    users: [ { user: a, password: a } ]\n    Users: [ { user: a, password: a } ]\n  }\n}\n",
    },
  ],
  invalid: [
    {
      name: "twice in authorization",
      config:
        "authorization {\n  users: [\n    { user: a, password: x }\n    { user: a, password: y }\n  ]\n}\n",
      findings: [{ line: 4, column: 7 }],
    },
    {
      name: "authorization and an account",
      config:
        "authorization { users: [ { user: a, password: x } ] }\naccounts {\n  A { users: [ { USER: a, password: y } ] }\n}\n",
      findings: [{ line: 3, column: 18 }],
    },
    {
      name: "two accounts, name through a variable",
      config:
        "NAME: svc\naccounts {\n  A { users: [ { user: $NAME, password: x } ] }\n  B { users: [ { username: svc, password: y } ] }\n}\n",
      findings: [{ line: 4, column: 18 }],
    },
    {
      name: "nkey twice",
      config: `accounts {\n  A { users: [ { nkey: ${NKEY} } ] }\n  B { users: [ { nkey: ${NKEY} } ] }\n}\n`,
      findings: [{ line: 3, column: 18 }],
    },
    {
      name: "user named like an nkey",
      config: `authorization {\n  users: [\n    { user: ${NKEY}, password: x }\n    { nkey: ${NKEY} }\n  ]\n}\n`,
      findings: [{ line: 4, column: 7 }],
    },
    {
      // Rejected only when Go's map order keeps "users" (2.9.10: some runs).
      name: "one spelling repeats an account user",
      config:
        "authorization {\n  users: [ { user: a, password: a } ]\n  Users: [ { user: b, password: b } ]\n}\naccounts { A { users: [ { user: a, password: a } ] } }\n",
      findings: [{ line: 5, column: 27 }],
    },
    {
      name: "twice in one of two spellings",
      config:
        "authorization {\n  users: [ { user: a, password: a }, { user: a, password: a } ]\n  Users: [ { user: b, password: b } ]\n}\n",
      findings: [{ line: 2, column: 40 }],
    },
    {
      // Whichever array takes effect, user a is also in account A.
      name: "both spellings repeat an account user",
      config:
        "authorization {\n  users: [ { user: a, password: a } ]\n  Users: [ { user: a, password: a } ]\n}\naccounts { A { users: [ { user: a, password: a } ] } }\n",
      findings: [{ line: 5, column: 27 }],
    },
    {
      name: "two authorization blocks",
      config:
        "authorization { users: [ { user: a, password: a } ] }\nAuthorization { users: [ { user: a, password: a } ] }\n",
      findings: [{ line: 2, column: 28 }],
    },
  ],
};
export default cases;
