import type { RuleCases } from "./types.js";

const cases: RuleCases = {
  valid: [
    {
      name: "mapped user with password",
      config:
        'tls { verify_and_map: true }\nauthorization {\n  users = [ { user: "alice@example.com", password: "two-factors" } ]\n}\n',
    },
    {
      name: "passwordless is the error rule's case",
      config: 'authorization {\n  users = [ { user: "CN=alice" } ]\n}\n',
    },
    {
      name: "plain user with password",
      config: "authorization {\n  users = [ { user: alice, password: pw-alice } ]\n}\n",
    },
  ],
  invalid: [
    {
      name: "email user with password",
      config:
        'tls { verify: true }\nauthorization {\n  users = [ { user: "alice@example.com", password: "pw-alice" } ]\n}\n',
      findings: [{ line: 3, column: 15 }],
    },
    {
      name: "no_auth_user named by a DN",
      config: 'no_auth_user: "CN=guest"\nauthorization {\n  users = [ { user: "CN=guest" } ]\n}\n',
      findings: [{ line: 3, column: 15 }],
    },
  ],
};
export default cases;
