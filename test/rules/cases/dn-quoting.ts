import type { RuleCases } from "./types.js";

const cases: RuleCases = {
  valid: [
    {
      name: "double-quoted DN",
      config:
        'authorization {\n  users = [ { user: "CN=alice,OU=Eng", password: "pw-alice" } ]\n}\n',
    },
    {
      name: "single-quoted DN with an escaped comma",
      config:
        "authorization {\n  users = [ { user: 'CN=Doe\\, John,O=x', password: pw-john } ]\n}\n",
    },
    {
      name: "unquoted DN with one attribute",
      config: "authorization {\n  users = [ { user: CN=alice, password: pw-alice } ]\n}\n",
    },
    {
      name: "unquoted plain name",
      config: "authorization {\n  users = [ { user: alice, password: pw-alice } ]\n}\n",
    },
  ],
  invalid: [
    {
      name: "unquoted DN in a user entry",
      config: "authorization {\n  users = [\n    { user: CN=alice,OU=Eng }\n  ]\n}\n",
      findings: [{ line: 3, column: 7 }],
    },
    {
      name: "upper-case key, alias, space after the comma",
      config:
        "AUTHORIZATION {\n  USERS = [\n    { USERNAME: CN=alice, OU=Eng, O=Example }\n  ]\n}\n",
      findings: [{ line: 3, column: 7 }],
    },
    {
      name: "cluster user",
      config: "cluster {\n  port: 6222\n  authorization { user: CN=route,O=acme }\n}\n",
      findings: [{ line: 3, column: 19 }],
    },
    {
      name: "no_auth_user",
      config:
        'no_auth_user: CN=guest,O=x\nauthorization { users = [ { user: "CN=guest,O=x" } ] }\n',
      findings: [{ line: 1, column: 1 }],
    },
    {
      name: "variable that holds a cut DN",
      config: "DN = CN=alice,OU=Eng\nauthorization { users = [ { user: $DN } ] }\n",
      findings: [{ line: 2, column: 29 }],
    },
  ],
};
export default cases;
