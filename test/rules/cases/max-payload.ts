import type { RuleCases } from "./types.js";

const cases: RuleCases = {
  valid: [
    { name: "default", config: "port: 4222\n" },
    { name: "equal to max_pending", config: "max_payload: 2MB\nmax_pending: 2MB\n" },
    { name: "below the default max_pending", config: "max_payload: 64MB\n" },
    { name: "max_pending 0 means the default", config: "max_payload: 8MB\nmax_pending: 0\n" },
  ],
  invalid: [
    {
      name: "above 2^31-1",
      config: "max_payload: 3GB\n",
      findings: [{ line: 1, column: 1 }],
      serverVersion: "2.9.10",
    },
    {
      name: "above the default max_pending",
      config: "MAX_PAYLOAD: 70MB\n",
      findings: [{ line: 1, column: 1 }],
      serverVersion: "2.9.10",
    },
    {
      name: "above an explicit max_pending",
      config: "max_pending: 1MB\nmax_payload: 2MB\n",
      findings: [{ line: 2, column: 1 }],
    },
    {
      name: "max_pending below the default payload, through a variable",
      config: "PENDING = 512KB\nmax_pending: $PENDING\n",
      findings: [{ line: 2, column: 1 }],
    },
  ],
};
export default cases;
