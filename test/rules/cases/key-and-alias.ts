import type { RuleCases } from "./types.js";

const cases: RuleCases = {
  valid: [
    { name: "one name", config: "max_connections: 100\n" },
    { name: "same key twice is duplicate-key's", config: "port: 1\nport: 2\n" },
  ],
  invalid: [
    {
      name: "max_conn and max_connections",
      config: "max_connections: 100\nmax_conn: 200\n",
      findings: [{ line: 2, column: 1 }],
    },
    {
      name: "user and username in authorization",
      config: "authorization {\n  user: a\n  username: b\n  password: c\n}\n",
      findings: [{ line: 3, column: 3 }],
    },
  ],
};
export default cases;
