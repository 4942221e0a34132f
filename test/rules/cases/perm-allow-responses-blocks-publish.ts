import type { RuleCases } from "./types.js";

const cases: RuleCases = {
  valid: [
    {
      name: "publish allow list given",
      config:
        'authorization { users: [ { user: a, password: x, permissions: { publish: "req.>", allow_responses: true } } ] }\n',
    },
    {
      name: "allow_responses false",
      config:
        "authorization { users: [ { user: a, password: x, permissions: { allow_responses: false } } ] }\n",
    },
    {
      name: "publish map with allow",
      config:
        'authorization { default_permissions: { publish: { allow: ">", deny: "x" }, allow_responses: { max: 2 } } }\n',
    },
  ],
  invalid: [
    {
      name: "only allow_responses",
      config:
        "authorization {\n  users: [\n    { user: a, password: x, permissions: { subscribe: req, allow_responses: true } }\n  ]\n}\n",
      findings: [{ line: 3, column: 60 }],
    },
    {
      name: "publish with deny only, alias key",
      config:
        'accounts { A { default_permissions: { pub: { deny: "x" }, PUBLISH_ALLOW_RESPONSES: { expires: "1m" } } } }\n',
      findings: [{ line: 1, column: 59 }],
    },
    {
      name: "empty publish map",
      config: "authorization { default_permissions: { publish: {}, allow_responses: true } }\n",
      findings: [{ line: 1, column: 53 }],
    },
  ],
};
export default cases;
