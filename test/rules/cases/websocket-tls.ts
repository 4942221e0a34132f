import type { RuleCases } from "./types.js";

const cases: RuleCases = {
  valid: [
    {
      name: "with tls",
      config:
        'websocket {\n  port: 8443\n  tls { cert_file: "server.pem", key_file: "server-key.pem" }\n}\n',
    },
    { name: "no_tls on purpose", config: "websocket { port: 8080, no_tls: true }\n" },
    { name: "no port", config: "websocket { same_origin: true }\n" },
  ],
  invalid: [
    {
      name: "no tls",
      config: "websocket {\n  port: 8080\n}\n",
      findings: [{ line: 1, column: 1 }],
      serverVersion: "2.9.10",
    },
    {
      name: "ws alias, listen, no_tls false",
      config: 'WS { Listen: "0.0.0.0:8080", NO_TLS: false }\n',
      findings: [{ line: 1, column: 1 }],
    },
    {
      name: "block through a variable",
      config: "WSCONF = { port: 8080 }\nwebsocket: $WSCONF\n",
      findings: [{ line: 2, column: 1 }],
    },
  ],
};
export default cases;
