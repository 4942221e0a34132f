import type { RuleCases } from "./types.js";

const cases: RuleCases = {
  valid: [
    {
      name: "leafnode users",
      config:
        'leafnodes {\n  port: 7422\n  tls { verify_and_map: true }\n  authorization { users = [ { user: "CN=leaf", account: A } ] }\n}\naccounts { A {} }\n',
    },
    {
      name: "single user without mapping",
      config:
        "leafnodes {\n  port: 7422\n  tls { verify: true }\n  authorization { user: leaf, password: pw-leaf }\n}\n",
    },
    {
      name: "empty single user",
      config:
        'leafnodes {\n  port: 7422\n  tls { verify_and_map: true }\n  authorization { user: "" }\n}\n',
    },
    {
      name: "no leafnode port",
      config:
        "leafnodes {\n  tls { verify_and_map: true }\n  authorization { user: leaf, password: pw-leaf }\n}\n",
    },
  ],
  invalid: [
    {
      name: "single user",
      config:
        "leafnodes {\n  port: 7422\n  tls { verify_and_map: true }\n  authorization { user: leaf, password: pw-leaf }\n}\n",
      findings: [{ line: 3, column: 9 }],
    },
    {
      name: "nkey, alias block name, upper-case keys",
      config:
        "LEAF {\n  PORT: 7422\n  TLS { VERIFY_AND_MAP: true }\n  AUTHORIZATION { NKEY: UDXU4RCSJNZOIQHZNWXHXORDPRTGNJAHAHFRGZNEEJCPQTT2M7NLCNF4 }\n}\n",
      findings: [{ line: 3, column: 9 }],
    },
    {
      name: "user from a variable",
      config:
        'LEAF_USER = leaf\nleafnodes {\n  listen: "127.0.0.1:7422"\n  tls { verify_and_map: true }\n  authorization { username: $LEAF_USER, password: pw-leaf }\n}\n',
      findings: [{ line: 4, column: 9 }],
    },
  ],
};
export default cases;
