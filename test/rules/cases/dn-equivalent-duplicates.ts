import type { RuleCases } from "./types.js";

const MAP = "tls { verify_and_map: true }\n";

const cases: RuleCases = {
  valid: [
    {
      name: "different DNs",
      config: `${MAP}authorization {\n  users = [ { user: "CN=a,O=x" }, { user: "CN=b,O=x" } ]\n}\n`,
    },
    {
      name: "no mapping",
      config:
        'authorization {\n  users = [ { user: "CN=a,O=x", password: "pw-1" }, { user: "cn=a, o=x", password: "pw-2" } ]\n}\n',
    },
    {
      name: "different connection types",
      config: `${MAP}websocket {\n  port: 8080\n  tls { verify_and_map: true }\n}\nauthorization {\n  users = [\n    { user: "CN=a,O=x", allowed_connection_types: ["STANDARD"] }\n    { user: "O=x,CN=a", allowed_connection_types: ["WEBSOCKET"] }\n  ]\n}\n`,
    },
    {
      name: "a repeat pairs one to one since 2.14.0",
      config: `${MAP}authorization {\n  users = [ { user: "CN=x,OU=a,OU=a" }, { user: "CN=x,OU=a,O=b" } ]\n}\n`,
    },
    {
      name: "type the comparison does not read",
      config: `${MAP}authorization {\n  users = [ { user: "CN=a,UID=1" }, { user: "UID=1,CN=a" } ]\n}\n`,
    },
  ],
  invalid: [
    {
      name: "same DN in another spelling",
      config: `${MAP}authorization {\n  users = [ { user: "CN=a,O=x" }, { user: "cn=a, o=x" } ]\n}\n`,
      findings: [{ line: 3, column: 37 }],
    },
    {
      name: "reordering across accounts, upper-case keys, alias and variable",
      config: `DN = "OU=b,CN=a,O=x"\nTLS { VERIFY_AND_MAP: true }\nACCOUNTS {\n  A { USERS = [ { USER: "CN=a,OU=b,O=x" } ] }\n  B { USERS = [ { USERNAME: $DN } ] }\n}\n`,
      findings: [{ line: 5, column: 19 }],
    },
    {
      name: "two RDNs in both orders",
      config: `${MAP}authorization {\n  users = [ { user: "CN=a,O=x" }, { user: "O=x,CN=a" } ]\n}\n`,
      findings: [{ line: 3, column: 37 }],
    },
    {
      name: "three users of one DN",
      config: `${MAP}authorization {\n  users = [\n    { user: "CN=a,O=x" }\n    { user: "O=x,CN=a" }\n    { user: "CN=a, O=x" }\n  ]\n}\n`,
      findings: [
        { line: 5, column: 7 },
        { line: 6, column: 7 },
      ],
    },
    {
      name: "a repeat matches another RDN before 2.14.0",
      config: `${MAP}authorization {\n  users = [ { user: "CN=x,OU=a,OU=a" }, { user: "CN=x,OU=a,O=b" } ]\n}\n`,
      serverVersion: "2.12.15",
      findings: [{ line: 3, column: 43 }],
    },
  ],
};
export default cases;
