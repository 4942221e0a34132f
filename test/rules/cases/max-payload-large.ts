import type { RuleCases } from "./types.js";

const cases: RuleCases = {
  valid: [
    { name: "exactly 8MB", config: "max_payload: 8MB\n" },
    { name: "default", config: "port: 4222\n" },
    { name: "too big to start, left to max-payload", config: "max_payload: 70MB\n" },
  ],
  invalid: [
    {
      name: "9MB",
      config: "max_payload: 9MB\n",
      findings: [{ line: 1, column: 1 }],
      serverVersion: "2.9.10",
    },
    {
      name: "upper case through a variable",
      config: "SIZE = 16MB\nMax_Payload: $SIZE\n",
      findings: [{ line: 2, column: 1 }],
    },
  ],
};
export default cases;
