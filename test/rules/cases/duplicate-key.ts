import type { RuleCases } from "./types.js";

const cases: RuleCases = {
  valid: [
    { name: "distinct keys", config: "port: 4222\nhttp_port: 8222\n" },
    { name: "same key in two maps", config: "cluster { port: 6222 }\ngateway { port: 7222 }\n" },
  ],
  invalid: [
    {
      name: "top-level key twice",
      config: "port: 4222\nport: 4333\n",
      findings: [{ line: 2, column: 1 }],
    },
    {
      name: "three times in a map",
      config: "tls {\n  timeout: 1\n  timeout: 2\n  timeout: 3\n}\n",
      findings: [{ line: 4, column: 3 }],
    },
  ],
};
export default cases;
