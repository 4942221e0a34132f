import type { RuleCases } from "./types.js";

const cases: RuleCases = {
  valid: [
    {
      name: "number of seconds",
      config: "websocket { port: 8080, no_tls: true, authorization { timeout: 5 } }\n",
    },
    {
      name: "fraction of a second in mqtt",
      config: "mqtt { port: 1883, authorization { timeout: 0.5 } }\n",
    },
    {
      name: "top-level strings are read since 2.11.2",
      config: 'authorization { timeout: "5s" }\n',
    },
  ],
  invalid: [
    {
      name: "websocket string",
      config: 'websocket {\n  port: 8080\n  no_tls: true\n  authorization { timeout: "5s" }\n}\n',
      findings: [{ line: 4, column: 19 }],
    },
    {
      name: "mqtt authentication alias and a variable",
      config: 'T: "10s"\nmqtt {\n  port: 1883\n  authentication { TIMEOUT: $T }\n}\n',
      findings: [{ line: 4, column: 20 }],
    },
    {
      name: "ws alias on an old server",
      serverVersion: "2.9.10",
      config: "ws { port: 8080, no_tls: true, authorization { timeout: '2' } }\n",
      findings: [{ line: 1, column: 48 }],
    },
  ],
};
export default cases;
