import type { RuleCases } from "./types.js";

const DN_USER =
  'authorization {\n  users = [\n    { user: "CN=alice,OU=Engineering,O=Example" }\n  ]\n}\n';

const cases: RuleCases = {
  valid: [
    { name: "mapped on the client port", config: `tls {\n  verify_and_map: true\n}\n${DN_USER}` },
    {
      name: "user with a password",
      config:
        'authorization {\n  users = [ { user: "alice@example.com", password: "s3cret-pass" } ]\n}\n',
    },
    { name: "plain user name", config: "authorization {\n  users = [ { user: alice } ]\n}\n" },
    {
      name: "nkey user",
      config:
        'authorization {\n  users = [ { nkey: "UDXU4RCSJNZOIQHZNWXHXORDPRTGNJAHAHFRGZNEEJCPQTT2M7NLCNF4" } ]\n}\n',
    },
    {
      name: "websocket maps its own users",
      config:
        'websocket {\n  port: 8080\n  tls { verify_and_map: true }\n}\nauthorization {\n  users = [ { user: "CN=bob", allowed_connection_types: ["WEBSOCKET"] } ]\n}\n',
    },
    {
      name: "no listener serves the user",
      config:
        'tls { verify: true }\nauthorization {\n  users = [ { user: "CN=bob", allowed_connection_types: ["MQTT"] } ]\n}\n',
    },
    {
      name: "mapped on one listener, by name on another, is the old-server rule's case",
      config:
        'tls { verify_and_map: true }\nleafnodes { port: 7422 }\nauthorization {\n  users = [ { user: "CN=bob" } ]\n}\n',
    },
    {
      name: "leafnode users mapped by certificate",
      config:
        'leafnodes {\n  port: 7422\n  tls { verify_and_map: true }\n  authorization { users = [ { user: "CN=leaf", account: A } ] }\n}\naccounts { A {} }\n',
    },
    {
      name: "no_auth_user on purpose",
      config: 'no_auth_user: "CN=guest"\nauthorization {\n  users = [ { user: "CN=guest" } ]\n}\n',
    },
  ],
  invalid: [
    {
      name: "verify without map",
      config: `tls {\n  verify: true\n}\n${DN_USER}`,
      findings: [{ line: 6, column: 7 }],
    },
    { name: "no tls at all", config: DN_USER, findings: [{ line: 3, column: 7 }] },
    {
      name: "email user in an account",
      config: 'accounts {\n  APP: {\n    users = [ { user: "alice@example.com" } ]\n  }\n}\n',
      findings: [{ line: 3, column: 17 }],
    },
    {
      name: "mapping only on a listener the user cannot use",
      config:
        'tls { verify_and_map: true }\nwebsocket {\n  port: 8080\n  no_tls: true\n}\nauthorization {\n  users = [ { user: "CN=bob", allowed_connection_types: ["WEBSOCKET"] } ]\n}\n',
      findings: [{ line: 7, column: 15 }],
    },
    {
      name: "email with a plus",
      config:
        'tls { verify: true }\naccounts { A { users = [ { user: "alice+nats@example.com" } ] } }\n',
      findings: [{ line: 2, column: 28 }],
    },
    {
      name: "no_auth_user of another listener",
      config:
        'websocket {\n  port: 8080\n  no_tls: true\n  no_auth_user: "CN=guest"\n}\nauthorization {\n  users = [ { user: "CN=guest" } ]\n}\n',
      findings: [{ line: 7, column: 15 }],
    },
    {
      name: "leafnode user without mapping",
      config:
        'leafnodes {\n  port: 7422\n  authorization { users = [ { user: "CN=leaf", account: A } ] }\n}\naccounts { A {} }\n',
      findings: [{ line: 3, column: 31 }],
    },
    {
      name: "empty password",
      config:
        'authorization {\n  users = [ { user: "spiffe://example.org/app", password: "" } ]\n}\n',
      findings: [{ line: 2, column: 15 }],
    },
  ],
};
export default cases;
