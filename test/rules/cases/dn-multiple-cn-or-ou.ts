import type { RuleCases } from "./types.js";

const MAP = "tls { verify_and_map: true }\n";

const cases: RuleCases = {
  valid: [
    {
      name: "one CN and one OU",
      config: `${MAP}authorization {\n  users = [ { user: "CN=a, OU=x, O=y" } ]\n}\n`,
    },
    {
      name: "OUs in Go's form are the partial-match rule's case",
      config: `${MAP}authorization {\n  users = [ { user: "CN=a,OU=x+OU=y" } ]\n}\n`,
    },
    {
      name: "no mapping",
      config: 'authorization {\n  users = [ { user: "CN=a, CN=b", password: "pw-a" } ]\n}\n',
    },
  ],
  invalid: [
    {
      name: "two CNs",
      config: `${MAP}authorization {\n  users = [ { user: "CN=b, CN=a, O=x" } ]\n}\n`,
      findings: [{ line: 3, column: 15 }],
    },
    {
      name: "two OU RDNs, upper-case keys and a variable",
      config: `DN = "CN=a, OU=x, OU=y"\nTLS { VERIFY_AND_MAP: true }\nAUTHORIZATION {\n  USERS = [ { USERNAME: $DN } ]\n}\n`,
      findings: [{ line: 4, column: 15 }],
    },
    {
      name: "OUs joined with a plus, spaced",
      config: `${MAP}accounts {\n  A { users = [ { user: "CN=a, OU=x+OU=y" } ] }\n}\n`,
      findings: [{ line: 3, column: 19 }],
    },
  ],
};
export default cases;
