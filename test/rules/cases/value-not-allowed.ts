import type { RuleCases } from "./types.js";

const cases: RuleCases = {
  valid: [
    { name: "write_timeout", config: "write_timeout: close\n" },
    { name: "jetstream enabled in upper case", config: "jetstream: ENABLED\n" },
    { name: "sync_interval always", config: "jetstream {\n  sync_interval: always\n}\n" },
  ],
  invalid: [
    {
      name: "write_timeout misspelled",
      config: "write_timeout: clos\n",
      findings: [{ line: 1, column: 1 }],
    },
    {
      name: "write_timeout in the wrong case",
      config: "write_timeout: Close\n",
      findings: [{ line: 1, column: 1 }],
    },
    {
      name: "jetstream string",
      config: "jetstream: on_please\n",
      findings: [{ line: 1, column: 1 }],
    },
  ],
};
export default cases;
