import type { RuleCases } from "./types.js";

const ACCOUNT_KEY = "ABJHLOVMPA4CI6R5KLNGOB4GSLNIY7IOUPAJC4YFNDLQVIOBYQGUWVLA";
const OPERATOR = 'operator: "op.jwt"\nresolver: MEMORY\n';

const cases: RuleCases = {
  valid: [
    {
      name: "defined accounts",
      config:
        'accounts { APP {}, HUB {} }\nleafnodes {\n  port: 7422\n  authorization { user: leaf, password: "pw-123", account: APP }\n  remotes: [ { url: "nats://hub:7422", account: HUB } ]\n}\n',
    },
    {
      name: "global and default system account",
      config:
        'leafnodes {\n  remotes: [ { url: "nats://a:7422", account: "$G" }, { url: "nats://b:7422", local: "$SYS" } ]\n}\n',
    },
    {
      name: "accounts as an array",
      config:
        'accounts: [APP]\nleafnodes { authorization { users: [ { user: a, password: "pw-123", account: APP } ] } }\n',
    },
    {
      name: "operator mode with account nkeys",
      config: `${OPERATOR}leafnodes { remotes: [ { url: "nats://hub:7422", account: "${ACCOUNT_KEY}" } ] }\n`,
    },
    {
      name: "operator mode, account of a leafnode block without port",
      config: `${OPERATOR}leafnodes { authorization { account: APP } }\n`,
    },
  ],
  invalid: [
    {
      name: "authorization account",
      config: "leafnodes {\n  port: 7422\n  authorization { user: leaf, account: NOPE }\n}\n",
      findings: [{ line: 3, column: 31 }],
      serverVersion: "2.9.10",
    },
    {
      name: "leafnode user and remote, upper-case keys",
      config:
        'accounts { APP {} }\nLeafNodes {\n  Authorization { USERS: [ { user: a, Account: MISSING } ] }\n  REMOTES: [ { url: "nats://hub:7422", LOCAL: app } ]\n}\n',
      findings: [
        { line: 3, column: 39 },
        { line: 4, column: 40 },
      ],
    },
    {
      name: "$SYS when the system account has another name",
      config:
        'accounts { SYS {} }\nsystem_account: SYS\nleafnodes { remotes: [ { url: "nats://hub:7422", account: "$SYS" } ] }\n',
      findings: [{ line: 3, column: 50 }],
    },
    {
      name: "$SYS with no_system_account",
      config:
        'no_system_account: true\nleafnodes { remotes: [ { url: "nats://hub:7422", account: "$SYS" } ] }\n',
      findings: [{ line: 2, column: 50 }],
    },
    {
      name: "account name through a variable",
      config: 'ACC = OTHER\nleafnodes { remotes: [ { url: "nats://hub:7422", account: $ACC } ] }\n',
      findings: [{ line: 2, column: 50 }],
    },
    {
      name: "operator mode needs nkeys",
      config: `${OPERATOR}leafnodes {\n  port: 7422\n  authorization { account: APP }\n  remotes: [\n    { url: "nats://a:7422", account: APP }\n    { url: "nats://b:7422" }\n  ]\n}\n`,
      findings: [
        { line: 5, column: 19 },
        { line: 7, column: 29 },
        { line: 8, column: 5 },
      ],
    },
    {
      name: "account in leaf after leafnodes",
      config:
        'leafnodes {\n  listen: "127.0.0.1:-1"\n}\nleaf {\n  authorization { account: NOPE }\n}\n',
      findings: [{ line: 5, column: 19 }],
    },
  ],
};
export default cases;
