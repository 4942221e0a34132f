import type { RuleCases } from "./types.js";

const cases: RuleCases = {
  valid: [
    {
      name: "mapped user without password",
      config:
        'tls { verify_and_map: true }\nauthorization {\n  users = [ { user: "CN=alice" } ]\n}\n',
    },
    {
      name: "password user without mapping",
      config:
        'tls { verify: true }\nauthorization {\n  users = [ { user: "alice@example.com", password: "pw-alice" } ]\n}\n',
    },
    {
      name: "password user on a listener that does not map",
      config:
        'tls { verify_and_map: true }\nwebsocket {\n  port: 8080\n  no_tls: true\n}\nauthorization {\n  users = [\n    { user: "CN=a" }\n    { user: svc, password: "pw-svc", allowed_connection_types: ["WEBSOCKET"] }\n  ]\n}\n',
    },
    {
      name: "empty password",
      config:
        'tls { verify_and_map: true }\nauthorization {\n  users = [ { user: "CN=alice", password: "" } ]\n}\n',
    },
  ],
  invalid: [
    {
      name: "mapped user with password",
      config:
        'tls { verify_and_map: true }\nauthorization {\n  users = [ { user: "CN=alice", password: "pw-alice" } ]\n}\n',
      findings: [{ line: 3, column: 33 }],
    },
    {
      name: "alias, upper-case keys and a variable",
      config:
        'PW = "pw-alice"\nTLS { VERIFY_AND_MAP: true }\naccounts {\n  A { USERS = [ { USERNAME: "alice@example.com", PASS: $PW } ] }\n}\n',
      findings: [{ line: 4, column: 50 }],
    },
    {
      name: "mapped on one listener, by name on another",
      config:
        'websocket {\n  port: 8080\n  tls { verify_and_map: true }\n}\nauthorization {\n  users = [ { user: "CN=alice", password: "pw-alice" } ]\n}\n',
      findings: [{ line: 6, column: 33 }],
    },
    {
      name: "leafnode user mapped by certificate",
      config:
        'leafnodes {\n  port: 7422\n  tls { verify_and_map: true }\n  authorization { users = [ { user: "CN=leaf", password: "pw-leaf", account: A } ] }\n}\naccounts { A {} }\n',
      findings: [{ line: 4, column: 48 }],
    },
  ],
};
export default cases;
