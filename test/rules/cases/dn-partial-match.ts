import type { RuleCases } from "./types.js";

const MAP = "tls { verify_and_map: true }\n";

const cases: RuleCases = {
  valid: [
    {
      name: "space after each comma",
      config: `${MAP}authorization {\n  users = [ { user: "CN=alice, OU=Eng" } ]\n}\n`,
    },
    {
      name: "RFC 4514 order that Go does not print",
      config: `${MAP}authorization {\n  users = [ { user: "C=US,O=Example,CN=alice" } ]\n}\n`,
    },
    {
      name: "no mapping",
      config:
        'authorization {\n  users = [ { user: "CN=alice,OU=Eng", password: "pw-alice" } ]\n}\n',
    },
    {
      name: "route user, which only literal mapping can serve",
      config:
        'cluster {\n  port: 6222\n  tls { verify_and_map: true }\n  authorization { user: "CN=route,O=acme" }\n}\n',
    },
    {
      name: "leafnode user, which only literal mapping can serve",
      config:
        'leafnodes {\n  port: 7422\n  tls { verify_and_map: true }\n  authorization { users = [ { user: "CN=leaf,O=acme", account: A } ] }\n}\naccounts { A {} }\n',
    },
    {
      name: "repeated RDN since 2.14.0",
      config: `${MAP}authorization {\n  users = [ { user: "CN=x, OU=a, OU=a" } ]\n}\n`,
      serverVersion: "2.14.0",
    },
  ],
  invalid: [
    {
      name: "Go's form",
      config: `${MAP}authorization {\n  users = [ { user: "CN=alice,OU=Eng" } ]\n}\n`,
      findings: [{ line: 3, column: 15 }],
    },
    {
      name: "Go's form with DCs, through a variable and an alias",
      config: `DN = "CN=localhost,OU=NATS,O=NATS,L=Los Angeles,ST=CA,C=US,DC=foo1,DC=foo2"\n${MAP}accounts {\n  A { users = [ { username: $DN } ] }\n}\n`,
      findings: [{ line: 4, column: 19 }],
    },
    {
      name: "single attribute, upper-case keys",
      config:
        'TLS { VERIFY_AND_MAP: true }\nAUTHORIZATION {\n  USERS = [ { USER: "CN=device-7" } ]\n}\n',
      findings: [{ line: 3, column: 15 }],
    },
    {
      name: "repeated RDN before 2.14.0",
      config: `${MAP}authorization {\n  users = [ { user: "CN=x, OU=a, OU=a" } ]\n}\n`,
      serverVersion: "2.12.15",
      findings: [{ line: 3, column: 15 }],
    },
  ],
};
export default cases;
