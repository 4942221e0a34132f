import type { RuleCases } from "./types.js";

const cases: RuleCases = {
  valid: [
    {
      name: "users in authorization",
      config: 'tls { verify_and_map: true }\nauthorization { users = [ { user: "CN=alice" } ] }\n',
    },
    {
      name: "users in an account",
      config:
        'tls { verify_and_map: true }\naccounts { A { users = [ { user: "a@example.com" } ] } }\n',
    },
    { name: "verify only", config: "tls { verify: true }\n" },
    {
      name: "leafnode users of their own",
      config:
        'leafnodes {\n  port: 7422\n  tls { verify_and_map: true }\n  authorization { users = [ { user: "CN=leaf", account: A } ] }\n}\naccounts { A {} }\n',
    },
    {
      name: "leafnode single user is another rule's case",
      config:
        "leafnodes {\n  port: 7422\n  tls { verify_and_map: true }\n  authorization { user: leaf, password: pw-leaf }\n}\n",
    },
    {
      name: "websocket without a port is no listener",
      config: "websocket {\n  tls { verify_and_map: true }\n}\n",
    },
  ],
  invalid: [
    {
      name: "nothing at all",
      config: "tls {\n  verify_and_map: true\n}\n",
      findings: [{ line: 2, column: 3 }],
    },
    {
      name: "token only, upper-case key",
      config: 'tls {\n  Verify_And_Map: true\n}\nauthorization { token: "s3cret-token" }\n',
      findings: [{ line: 2, column: 3 }],
    },
    {
      name: "single user through an alias",
      config: 'tls { verify_and_map: true }\nauthorization { username: alice, pass: "pw-alice" }\n',
      findings: [{ line: 1, column: 7 }],
    },
    {
      name: "nkeys only",
      config:
        'tls { verify_and_map: true }\nauthorization { users = [ { nkey: "UDXU4RCSJNZOIQHZNWXHXORDPRTGNJAHAHFRGZNEEJCPQTT2M7NLCNF4" } ] }\n',
      findings: [{ line: 1, column: 7 }],
    },
    {
      name: "empty users array",
      config: "tls { verify_and_map: true }\nauthorization { users = [] }\n",
      findings: [{ line: 1, column: 7 }],
    },
    {
      name: "websocket and mqtt listeners",
      config:
        "websocket {\n  port: 8080\n  tls { verify_and_map: true }\n}\nmqtt {\n  port: 1883\n  tls { verify_and_map: true }\n}\n",
      findings: [
        { line: 3, column: 9 },
        { line: 7, column: 9 },
      ],
    },
    {
      name: "leafnodes without credentials",
      config: "leafnodes {\n  port: 7422\n  tls { verify_and_map: true }\n}\n",
      findings: [{ line: 3, column: 9 }],
    },
    {
      name: "map through a variable",
      config: "MAP = true\ntls { verify_and_map: $MAP }\n",
      findings: [{ line: 2, column: 7 }],
    },
  ],
};
export default cases;
