import type { RuleCases } from "./types.js";

const cases: RuleCases = {
  valid: [
    {
      name: "single route user",
      config: "cluster {\n  port: 6222\n  authorization { user: r, password: p }\n}\n",
    },
    {
      name: "empty token",
      config:
        'gateway { name: A, port: 7222, authorization { user: g, password: p, token: "" } }\n',
    },
    {
      name: "users in leafnode authorization are fine",
      config: "leafnodes { port: 7422, authorization { users: [ { user: l, password: p } ] } }\n",
    },
  ],
  invalid: [
    {
      name: "users array in cluster",
      config:
        "cluster {\n  port: 6222\n  authorization {\n    users: [ { user: r, password: p } ]\n  }\n}\n",
      findings: [{ line: 4, column: 5 }],
    },
    {
      name: "empty users array in gateway",
      config: "gateway { name: A, port: 7222, authorization { USERS: [] } }\n",
      findings: [{ line: 1, column: 48 }],
    },
    {
      name: "token in cluster",
      config: "cluster { port: 6222, authorization { token: abc } }\n",
      findings: [{ line: 1, column: 39 }],
    },
    {
      name: "auth_hook in gateway",
      config: "gateway { name: A, port: 7222, authorization { auth_hook { issuer: x } } }\n",
      findings: [{ line: 1, column: 48 }],
    },
  ],
};
export default cases;
