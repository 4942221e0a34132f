import type { RuleCases } from "./types.js";

const WS = "websocket {\n  port: 8080\n  no_tls: true\n";

const cases: RuleCases = {
  valid: [
    {
      name: "good headers and origins",
      config: `${WS}  headers { "Strict-Transport-Security": "max-age=31536000" }\n  allowed_origins: ["https://app.example.com", "http://localhost:3000"]\n}\n`,
    },
    {
      name: "jwt_cookie in operator mode",
      config: `operator: "op.jwt"\nresolver: MEMORY\n${WS}  jwt_cookie: "jwt"\n}\n`,
    },
    {
      name: "jwt_cookie with trusted keys",
      config: `trusted: ["ODSKR7MYFQZ5MMAJ6FPMEEL7KJT6FLOQFLYVSY6B4V2EX3WQBR6PZ4BE"]\n${WS}  jwt_cookie: "jwt"\n}\n`,
    },
    {
      name: "websocket token without users",
      config: `${WS}  authorization { token: "t-123" }\n}\n`,
    },
    {
      name: "headers unknown before 2.11.0",
      config: `${WS}  headers { Upgrade: "x" }\n}\n`,
      serverVersion: "2.10.29",
    },
    {
      name: "no port: the server checks nothing",
      config: 'websocket { allowed_origins: "example.com", jwt_cookie: "jwt" }\n',
    },
  ],
  invalid: [
    {
      name: "reserved headers, any case",
      config: `${WS}  headers {\n    Connection: "close"\n    "sec-websocket-protocol": "x"\n  }\n}\n`,
      findings: [
        { line: 5, column: 5 },
        { line: 6, column: 5 },
      ],
      serverVersion: "2.11.0",
    },
    {
      name: "origins on a strict target",
      config: `${WS}  allowed_origins: ["example.com", "ftp://files", "*", "https://ok.example.com"]\n}\n`,
      findings: [
        { line: 4, column: 21 },
        { line: 4, column: 36 },
        { line: 4, column: 51 },
      ],
      serverVersion: "2.12.5",
    },
    {
      name: "origins on 2.9.10",
      config: `${WS}  ORIGIN: ["example.com", "http://host:port", "*"]\n}\n`,
      findings: [
        { line: 4, column: 12 },
        { line: 4, column: 27 },
        { line: 4, column: 47 },
      ],
      serverVersion: "2.9.10",
    },
    {
      name: "one origin as a string on 2.11.14",
      config: `${WS}  allowed_origin: "localhost:3000"\n}\n`,
      findings: [{ line: 4, column: 19 }],
      serverVersion: "2.11.14",
    },
    {
      name: "jwt_cookie without operators",
      config: `${WS}  JWT_Cookie: "jwt"\n}\n`,
      findings: [{ line: 4, column: 3 }],
      serverVersion: "2.9.10",
    },
    {
      name: "websocket user next to users",
      config: `authorization { users: [ { user: a, password: "pw-123" } ] }\nWS {\n  port: 8080\n  no_tls: true\n  authentication { username: w, password: "pw-456" }\n}\n`,
      findings: [{ line: 5, column: 20 }],
    },
  ],
};
export default cases;
