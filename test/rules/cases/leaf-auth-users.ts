import type { RuleCases } from "./types.js";

const cases: RuleCases = {
  valid: [
    {
      name: "users only",
      config:
        'leafnodes {\n  authorization {\n    users = [ { user: a, password: "p1" }, { user: b, password: "p2" } ]\n  }\n}\n',
    },
    {
      name: "single user with an empty users array",
      config:
        'leafnodes {\n  authorization {\n    user: a\n    password: "p"\n    users: []\n  }\n}\n',
    },
    {
      name: "nkey with users before 2.11",
      config:
        'leafnodes {\n  authorization {\n    nkey: UABC\n    users = [ { user: a, password: "p" } ]\n  }\n}\n',
      serverVersion: "2.10",
    },
  ],
  invalid: [
    {
      name: "single user and users",
      config:
        "leafnodes {\n  authorization {\n    user: user1\n    password: pwd\n    users = [{user: user2, password: pwd}]\n  }\n}\n",
      findings: [{ line: 3, column: 5 }],
    },
    {
      name: "a user twice",
      config:
        "leafnodes {\n  authorization {\n    users = [\n      {user: user, password: pwd}\n      {USER: user, password: pwd}\n    ]\n  }\n}\n",
      findings: [{ line: 5, column: 8 }],
    },
    {
      name: "nkey and users from 2.11",
      config:
        'leafnodes {\n  authorization {\n    nkey: UABC\n    users = [ { user: a, password: "p" } ]\n  }\n}\n',
      findings: [{ line: 3, column: 5 }],
    },
  ],
};
export default cases;
