import type { RuleCases } from "./types.js";

const MAP = "tls { verify_and_map: true }\n";

const cases: RuleCases = {
  valid: [
    { name: "DN", config: `${MAP}authorization {\n  users = [ { user: "CN=example.com" } ]\n}\n` },
    { name: "plain name", config: `${MAP}authorization {\n  users = [ { user: localhost } ]\n}\n` },
    {
      name: "no mapping",
      config: 'authorization {\n  users = [ { user: "example.com", password: "pw-host" } ]\n}\n',
    },
    {
      name: "email",
      config: `${MAP}authorization {\n  users = [ { user: "a@example.com" } ]\n}\n`,
    },
  ],
  invalid: [
    {
      name: "host name",
      config: `${MAP}authorization {\n  users = [ { user: "example.com" } ]\n}\n`,
      findings: [{ line: 3, column: 15 }],
    },
    {
      name: "wildcard through a variable, upper-case keys",
      config: `HOST = "*.example.com"\nTLS { VERIFY_AND_MAP: true }\nACCOUNTS {\n  A { USERS = [ { USERNAME: $HOST } ] }\n}\n`,
      findings: [{ line: 4, column: 19 }],
    },
    {
      name: "IP address",
      config: `${MAP}authorization {\n  users = [ { user: 10.0.0.7 } ]\n}\n`,
      findings: [{ line: 3, column: 15 }],
    },
    {
      name: "leafnode user",
      config:
        "leafnodes {\n  port: 7422\n  tls { verify_and_map: true }\n  authorization { users = [ { user: leaf.example.com, account: A } ] }\n}\naccounts { A {} }\n",
      findings: [{ line: 4, column: 31 }],
    },
  ],
};
export default cases;
