import type { RuleCases } from "./types.js";

const cases: RuleCases = {
  valid: [
    {
      name: "dest and sampling",
      config: "accounts { A { msg_trace: { dest: t.a, sampling: 50 } } }\n",
    },
    {
      name: "invalid sampling is account-definition's",
      config: "accounts { A { msg_trace: { sampling: 0 } } }\n",
    },
    {
      name: "older server does not know msg_trace",
      serverVersion: "2.10.20",
      config: "accounts { A { msg_trace: { sampling: 50 } } }\n",
    },
  ],
  invalid: [
    {
      name: "sampling without dest",
      config: "accounts {\n  A {\n    msg_trace: { sampling: 50 }\n  }\n}\n",
      findings: [{ line: 3, column: 18 }],
    },
    {
      name: "percent string, alias key",
      config: 'accounts { A { trace_dest: { SAMPLING: "10%" } } }\n',
      findings: [{ line: 1, column: 30 }],
    },
  ],
};
export default cases;
