import type { RuleCases } from "./types.js";

const cases: RuleCases = {
  valid: [
    {
      name: "password and nkey users",
      config:
        'authorization {\n  users = [\n    { user: alice, password: "pw-alice" }\n    { nkey: UDXU4RCSJNZOIQHZNWXHXORDPRTGNJAHAHFRGZNEEJCPQTT2M7NLCNF4 }\n  ]\n}\n',
    },
    {
      name: "no_auth_user",
      config: "no_auth_user: guest\nauthorization {\n  users = [ { user: guest } ]\n}\n",
    },
    {
      name: "mapped by the client port",
      config:
        "tls { verify_and_map: true }\nauthorization {\n  users = [ { user: device-1 } ]\n}\n",
    },
    {
      name: "certificate identities are another rule's case",
      config: 'authorization {\n  users = [ { user: "CN=alice" } ]\n}\n',
    },
    {
      name: "no listener serves the user",
      config:
        'authorization {\n  users = [ { user: bob, allowed_connection_types: ["MQTT"] } ]\n}\n',
    },
    {
      name: "single user with password",
      config: "authorization {\n  user: alice\n  password: pw-alice\n}\n",
    },
    {
      name: "route user that verify_and_map compares with the certificate",
      config:
        'cluster {\n  port: 6222\n  tls { verify_and_map: true }\n  authorization { user: "CN=route,O=acme" }\n}\n',
    },
    {
      name: "leafnode users mapped by certificate",
      config:
        "leafnodes {\n  port: 7422\n  tls { verify_and_map: true }\n  authorization { users = [ { user: leaf-a, account: A } ] }\n}\naccounts { A {} }\n",
    },
  ],
  invalid: [
    {
      name: "user without password",
      config: "authorization {\n  users = [ { user: bob } ]\n}\n",
      findings: [{ line: 2, column: 15 }],
    },
    {
      name: "empty password through an alias and upper-case keys",
      config: 'AUTHORIZATION {\n  USERS = [ { USERNAME: bob, PASS: "" } ]\n}\n',
      findings: [{ line: 2, column: 15 }],
    },
    {
      name: "name from a variable, user in an account",
      config: "NAME = bob\naccounts {\n  A { users = [ { user: $NAME } ] }\n}\n",
      findings: [{ line: 3, column: 19 }],
    },
    {
      name: "mapping only on a listener the user cannot use",
      config:
        'websocket {\n  port: 8080\n  tls { verify_and_map: true }\n}\nauthorization {\n  users = [ { user: bob, allowed_connection_types: ["STANDARD"] } ]\n}\n',
      findings: [{ line: 6, column: 15 }],
    },
    {
      name: "no_auth_user of another listener",
      config:
        "websocket {\n  port: 8080\n  no_tls: true\n  no_auth_user: bob\n}\nauthorization {\n  users = [ { user: bob } ]\n}\n",
      findings: [{ line: 7, column: 15 }],
    },
    {
      name: "old server, client port mapping, websocket-only user",
      config:
        'tls { verify_and_map: true }\nwebsocket {\n  port: 8080\n  no_tls: true\n}\nauthorization {\n  users = [ { user: "CN=a" }, { user: bob, allowed_connection_types: ["WEBSOCKET"] } ]\n}\n',
      serverVersion: "2.9.10",
      findings: [{ line: 7, column: 33 }],
    },
    {
      name: "single users of the authorization blocks",
      config:
        'authorization { user: alice }\nleafnodes {\n  port: 7422\n  authorization { user: leaf }\n}\ncluster {\n  port: 6222\n  authorization { user: route, password: "" }\n}\n',
      findings: [
        { line: 1, column: 17 },
        { line: 4, column: 19 },
        { line: 8, column: 19 },
      ],
    },
    {
      name: "leafnode user without mapping",
      config:
        "leafnodes {\n  port: 7422\n  authorization { users = [ { user: leaf-a, account: A } ] }\n}\naccounts { A {} }\n",
      findings: [{ line: 3, column: 31 }],
    },
  ],
};
export default cases;
