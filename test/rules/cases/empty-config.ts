import type { RuleCases } from "./types.js";

const cases: RuleCases = {
  valid: [
    { name: "one value", config: "port: 4222\n" },
    { name: "empty map value", config: "accounts {}\n" },
    { name: "empty file before 2.9.22", config: "", serverVersion: "2.9.21" },
  ],
  invalid: [
    { name: "empty file", config: "", findings: [{ line: 1, column: 1 }] },
    {
      name: "only comments",
      config: "# nothing here yet\n// nor here\n",
      findings: [{ line: 1, column: 1 }],
      serverVersion: "2.9.22",
    },
    { name: "empty braces", config: "{\n}\n", findings: [{ line: 1, column: 1 }] },
  ],
};
export default cases;
