import type { RuleCases } from "./types.js";

const cases: RuleCases = {
  valid: [
    { name: "binary suffixes", config: 'jetstream {\n  max_mem: 1GB\n  max_file: "10G"\n}\n' },
    { name: "sizes elsewhere", config: "max_payload: 1M\n" },
  ],
  invalid: [
    {
      name: "unquoted 1G",
      config: "jetstream {\n  max_file_store: 10G\n}\n",
      findings: [{ line: 2, column: 3 }],
    },
  ],
};
export default cases;
