import type { RuleCases } from "./types.js";

const cases: RuleCases = {
  valid: [
    { name: "a limit", config: "max_connections: 1000\n" },
    { name: "0 before 2.14", config: "max_connections: 0\n", serverVersion: "2.12.0" },
    { name: "negative on 2.9.10", config: "max_conn: -1\n", serverVersion: "2.9.10" },
    { name: "account limit is another key", config: "accounts { A { limits { max_conn: 0 } } }\n" },
  ],
  invalid: [
    { name: "zero", config: "max_connections: 0\n", findings: [{ line: 1, column: 1 }] },
    {
      name: "negative alias in upper case",
      config: "port: 4222\nMAX_CONN: -1\n",
      findings: [{ line: 2, column: 1 }],
      serverVersion: "2.14.0",
    },
    {
      name: "through a variable",
      config: "LIMIT = 0\nmax_connections: $LIMIT\n",
      findings: [{ line: 2, column: 1 }],
    },
  ],
};
export default cases;
