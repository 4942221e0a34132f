import type { RuleCases } from "./types.js";

const cases: RuleCases = {
  valid: [
    { name: "max_payload 8MB", config: "max_payload: 8MB\n" },
    { name: "max_sub_tokens at the limits", config: "max_sub_tokens: 255\n" },
  ],
  invalid: [
    {
      name: "max_payload above 2^31-1",
      config: "max_payload: 4GB\n",
      findings: [{ line: 1, column: 1 }],
    },
    {
      name: "max_sub_tokens 0 and too big",
      config: "max_sub_tokens: 0\nmax_subscription_tokens: 256\n",
      findings: [
        { line: 1, column: 1 },
        { line: 2, column: 1 },
      ],
    },
  ],
};
export default cases;
