import type { RuleCases } from "./types.js";

const MAP = "tls { verify_and_map: true }\n";

const cases: RuleCases = {
  valid: [
    {
      name: "supported types in any case",
      config: `${MAP}authorization {\n  users = [ { user: "cn=alice, ou=Eng, dc=example, serialNumber=7, postalCode=1000" } ]\n}\n`,
    },
    {
      name: "no mapping",
      config:
        'authorization {\n  users = [ { user: "CN=alice,UID=a1", password: "pw-alice" } ]\n}\n',
    },
    {
      name: "not a DN",
      config: `${MAP}authorization {\n  users = [ { user: "mode=fast" } ]\n}\n`,
    },
  ],
  invalid: [
    {
      name: "UID",
      config: `${MAP}authorization {\n  users = [ { user: "UID=a1,CN=alice,OU=Eng" } ]\n}\n`,
      findings: [{ line: 3, column: 15 }],
    },
    {
      name: "emailAddress through a variable, upper-case keys",
      config: `DN = "CN=alice, emailAddress=alice@example.com"\nTLS { VERIFY_AND_MAP: true }\nAUTHORIZATION {\n  USERS = [ { USERNAME: $DN } ]\n}\n`,
      findings: [{ line: 4, column: 15 }],
    },
    {
      name: "long type name",
      config: `${MAP}accounts {\n  A { users = [ { user: "commonName=alice" } ] }\n}\n`,
      findings: [{ line: 3, column: 19 }],
    },
    {
      name: "OID type",
      config: `${MAP}authorization {\n  users = [ { user: "2.5.4.3=alice" } ]\n}\n`,
      findings: [{ line: 3, column: 15 }],
    },
    {
      name: "leafnode user",
      config:
        'leafnodes {\n  port: 7422\n  tls { verify_and_map: true }\n  authorization { users = [ { user: "CN=leaf,UID=l1", account: A } ] }\n}\naccounts { A {} }\n',
      findings: [{ line: 4, column: 31 }],
    },
    {
      name: "cluster user",
      config:
        'cluster {\n  port: 6222\n  tls { verify_and_map: true }\n  authorization { user: "CN=route,title=server" }\n}\n',
      findings: [{ line: 4, column: 19 }],
    },
  ],
};
export default cases;
