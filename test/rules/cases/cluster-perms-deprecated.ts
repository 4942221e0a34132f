import type { RuleCases } from "./types.js";

const cases: RuleCases = {
  valid: [
    {
      name: "cluster.permissions",
      config:
        'cluster {\n  port: 6222\n  authorization { user: r, password: p }\n  permissions { import: ">" }\n}\n',
    },
    {
      name: "gateway authorization permissions are not route permissions",
      config:
        'gateway { name: A, port: 7222, authorization { user: g, password: p, permissions { publish: ">" } } }\n',
    },
  ],
  invalid: [
    {
      name: "permissions in cluster authorization",
      config:
        'cluster {\n  port: 6222\n  authorization {\n    user: r\n    password: p\n    permissions { import: ">", export: ">" }\n  }\n}\n',
      findings: [{ line: 6, column: 5 }],
    },
    {
      name: "default_permissions alias, empty map",
      config: "cluster { port: 6222, authorization { Default_Permissions: {} } }\n",
      findings: [{ line: 1, column: 39 }],
    },
  ],
};
export default cases;
