import type { RuleCases } from "./types.js";

const CONFIG =
  'tls { verify_and_map: true }\nwebsocket {\n  port: 8080\n  no_tls: true\n}\nauthorization {\n  users = [ { user: "CN=alice,OU=Eng" } ]\n}\n';

const cases: RuleCases = {
  valid: [
    { name: "fixed in 2.14.4", config: CONFIG, serverVersion: "2.14.4" },
    { name: "fixed in 2.12.14", config: CONFIG, serverVersion: "2.12.14" },
    { name: "the newest 2.12 patch", config: CONFIG, serverVersion: "2.12" },
    { name: "the default target", config: CONFIG },
    {
      name: "every listener maps",
      config:
        'tls { verify_and_map: true }\nwebsocket {\n  port: 8080\n  tls { verify_and_map: true }\n}\nauthorization {\n  users = [ { user: "CN=alice" } ]\n}\n',
      serverVersion: "2.9.10",
    },
    {
      name: "user limited to the mapping listener",
      config:
        'tls { verify_and_map: true }\nwebsocket {\n  port: 8080\n  no_tls: true\n}\nauthorization {\n  users = [ { user: "CN=alice", allowed_connection_types: ["STANDARD"] } ]\n}\n',
      serverVersion: "2.9.10",
    },
    {
      name: "user with a password",
      config:
        'tls { verify_and_map: true }\nwebsocket {\n  port: 8080\n  no_tls: true\n}\nauthorization {\n  users = [ { user: "CN=alice", password: "pw-alice" } ]\n}\n',
      serverVersion: "2.9.10",
    },
    {
      name: "no_auth_user of the other listener",
      config:
        'tls { verify_and_map: true }\nwebsocket {\n  port: 8080\n  no_tls: true\n  no_auth_user: "CN=alice"\n}\nauthorization {\n  users = [ { user: "CN=alice" } ]\n}\n',
      serverVersion: "2.9.10",
    },
  ],
  invalid: [
    {
      name: "2.9.10 websocket without mapping",
      config: CONFIG,
      serverVersion: "2.9.10",
      findings: [{ line: 7, column: 15 }],
    },
    {
      name: "2.14.3",
      config: CONFIG,
      serverVersion: "2.14.3",
      findings: [{ line: 7, column: 15 }],
    },
    {
      name: "2.12.12",
      config: CONFIG,
      serverVersion: "2.12.12",
      findings: [{ line: 7, column: 15 }],
    },
    {
      name: "2.11 line",
      config: CONFIG,
      serverVersion: "2.11",
      findings: [{ line: 7, column: 15 }],
    },
    {
      name: "client port without mapping, mqtt maps, upper-case keys",
      config:
        'TLS { verify: true }\nMQTT {\n  PORT: 1883\n  TLS { VERIFY_AND_MAP: true }\n}\nAUTHORIZATION {\n  USERS = [ { USERNAME: "dev@example.com" } ]\n}\n',
      serverVersion: "2.12.12",
      findings: [{ line: 7, column: 15 }],
    },
    {
      name: "leafnode listener without mapping, name from a variable",
      config:
        'DN = "CN=alice"\ntls { verify_and_map: true }\nleafnodes { port: 7422 }\naccounts {\n  A { users = [ { user: $DN } ] }\n}\n',
      serverVersion: "2.10.0",
      findings: [{ line: 5, column: 19 }],
    },
  ],
};
export default cases;
