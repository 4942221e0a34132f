import type { RuleCases } from "./types.js";

const cases: RuleCases = {
  valid: [
    {
      name: "with tls",
      config: 'websocket { port: 8443, tls { cert_file: "s.pem", key_file: "k.pem" } }\n',
    },
    {
      name: "tls wins over no_tls",
      config:
        'websocket { port: 8443, no_tls: true, tls { cert_file: "s.pem", key_file: "k.pem" } }\n',
    },
    { name: "no port", config: "websocket { no_tls: true }\n" },
  ],
  invalid: [
    {
      name: "no_tls",
      config: "websocket {\n  port: 8080\n  no_tls: true\n}\n",
      findings: [{ line: 3, column: 3 }],
      serverVersion: "2.9.10",
    },
    {
      name: "ws alias, upper case, through a variable",
      config: "PLAIN = true\nWS { PORT: -1, No_Tls: $PLAIN }\n",
      findings: [{ line: 2, column: 16 }],
    },
  ],
};
export default cases;
