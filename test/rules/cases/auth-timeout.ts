import type { RuleCases } from "./types.js";

const cases: RuleCases = {
  valid: [
    {
      name: "a few seconds",
      config: "authorization {\n  timeout: 5\n  user: a\n  password: b\n}\n",
    },
    { name: "exactly 60", config: "authorization { timeout: 60.0 }\n" },
    { name: "duration string of a minute", config: 'authorization { timeout: "1m" }\n' },
    {
      name: "string on an old server is value-type's",
      serverVersion: "2.9.10",
      config: 'authorization { timeout: "5m" }\n',
    },
    {
      name: "gateway timeout above its TLS timeout",
      config:
        "gateway {\n  name: A\n  port: 7222\n  authorization { user: g, password: p, timeout: 5 }\n  tls { timeout: 3 }\n}\n",
    },
    {
      name: "gateway without tls",
      config:
        "gateway { name: A, port: 7222, authorization { user: g, password: p, timeout: 1 } }\n",
    },
  ],
  invalid: [
    {
      name: "two minutes",
      config: "authorization {\n  timeout: 120\n}\n",
      findings: [{ line: 2, column: 3 }],
    },
    {
      name: "unquoted 1m is a million",
      config: "authorization {\n  Timeout: 1m\n}\n",
      findings: [{ line: 2, column: 3 }],
    },
    {
      name: "unquoted 1m on 2.9.10, which says nothing",
      serverVersion: "2.9.10",
      config: "authorization { timeout: 1m }\n",
      findings: [{ line: 1, column: 17 }],
    },
    {
      name: "duration string above a minute",
      config:
        'cluster {\n  port: 6222\n  authorization { user: r, password: p, timeout: "2m" }\n}\n',
      findings: [{ line: 3, column: 41 }],
    },
    {
      name: "leafnode authorization through a variable",
      config: "T: 90\nleafnodes {\n  port: 7422\n  authorization { timeout: $T }\n}\n",
      findings: [{ line: 4, column: 19 }],
    },
    {
      name: "websocket 1m, accepted silently",
      config: "websocket {\n  port: 8080\n  no_tls: true\n  authorization { timeout: 1m }\n}\n",
      findings: [{ line: 4, column: 19 }],
    },
    {
      name: "gateway timeout within the default TLS timeout",
      config:
        "gateway {\n  name: A\n  port: 7222\n  authorization { user: g, password: p, timeout: 2 }\n  tls { cert_file: c.pem, key_file: k.pem }\n}\n",
      findings: [{ line: 4, column: 41 }],
    },
  ],
};
export default cases;
