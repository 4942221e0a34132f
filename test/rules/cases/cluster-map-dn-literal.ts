import type { RuleCases } from "./types.js";

const cluster = (user: string) =>
  `cluster {\n  port: 6222\n  tls { verify_and_map: true }\n  authorization { user: ${user} }\n}\n`;

const cases: RuleCases = {
  valid: [
    { name: "Go's form", config: cluster('"CN=route,O=acme"') },
    { name: "Go's form with DCs", config: cluster('"CN=route,O=acme,DC=example,DC=org"') },
    { name: "host name", config: cluster("route.example.com") },
    {
      name: "without mapping",
      config:
        'cluster {\n  port: 6222\n  authorization { user: "cn=route, o=acme", password: "pw-route" }\n}\n',
    },
    {
      name: "client users have the parsed DN comparison",
      config:
        'tls { verify_and_map: true }\nauthorization {\n  users = [ { user: "cn=alice, o=acme" } ]\n}\n',
    },
    {
      name: "unsupported attributes are another rule's case",
      config: cluster('"CN=route,UID=r1"'),
    },
  ],
  invalid: [
    {
      name: "space after the comma",
      config: cluster('"CN=route, O=acme"'),
      findings: [{ line: 4, column: 19 }],
    },
    {
      name: "RFC 4514 order, upper-case keys, variable",
      config:
        'DN = "O=acme,CN=route"\nGATEWAY {\n  NAME: A\n  PORT: 7222\n  TLS { VERIFY_AND_MAP: true }\n  AUTHORIZATION { USERNAME: $DN }\n}\n',
      findings: [{ line: 6, column: 19 }],
    },
    {
      name: "lower-case types",
      config: cluster('"cn=route,o=acme"'),
      findings: [{ line: 4, column: 19 }],
    },
    {
      name: "two CNs",
      config: cluster('"CN=a,CN=b"'),
      findings: [{ line: 4, column: 19 }],
    },
    {
      name: "leafnode user",
      config:
        'leafnodes {\n  port: 7422\n  tls { verify_and_map: true }\n  authorization { users = [ { user: "CN=leaf, O=acme", account: A } ] }\n}\naccounts { A {} }\n',
      findings: [{ line: 4, column: 31 }],
    },
  ],
};
export default cases;
