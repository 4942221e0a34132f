import type { RuleCases } from "./types.js";

const cases: RuleCases = {
  valid: [
    { name: "map alone", config: "tls {\n  verify_and_map: true\n}\n" },
    { name: "verify alone", config: "tls {\n  verify: true\n}\n" },
    {
      name: "resolver_tls ignores both keys",
      config: "resolver_tls { verify: true, verify_and_map: true }\n",
    },
  ],
  invalid: [
    {
      name: "both true",
      config: "tls {\n  verify: true\n  verify_and_map: true\n}\n",
      findings: [{ line: 2, column: 3 }],
    },
    {
      name: "mqtt tls",
      config: "mqtt {\n  port: 1883\n  tls { verify_and_map: true, verify: true }\n}\n",
      findings: [{ line: 3, column: 31 }],
    },
  ],
};
export default cases;
