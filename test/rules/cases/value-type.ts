import type { RuleCases } from "./types.js";

const cases: RuleCases = {
  valid: [
    { name: "right types", config: 'port: 4222\nserver_name: "n1"\ndebug: true\n' },
    { name: "listen as port or host:port", config: "listen: 4222\nhttp: 127.0.0.1:8222\n" },
    {
      name: "permission arrays of subjects",
      config:
        'authorization {\n  users = [ { user: a, password: "p1", permissions: { publish: ["x", "y"] } } ]\n}\n',
    },
    { name: "accounts as an array of names", config: "accounts: [A, B]\n" },
    {
      name: "authorization timeout as a duration string from 2.11.2",
      config: 'authorization {\n  timeout: "5s"\n}\n',
    },
  ],
  invalid: [
    {
      name: "port as a string, debug as a string",
      config: 'port: "4222"\ndebug: "yes"\n',
      findings: [
        { line: 1, column: 1 },
        { line: 2, column: 1 },
      ],
    },
    {
      name: "a password the lexer reads as a number, and a user read as a boolean",
      config: "authorization {\n  user: yes\n  password: 12345\n}\n",
      findings: [
        { line: 2, column: 3 },
        { line: 3, column: 3 },
      ],
    },
    {
      name: "a map where an array of maps belongs, and items of the wrong type",
      config: "authorization {\n  users: [ false ]\n}\ncluster: 6222\n",
      findings: [
        { line: 4, column: 1 },
        { line: 2, column: 12 },
      ],
    },
    {
      name: "a type through a variable",
      config: 'P = "4222"\nport: $P\n',
      findings: [{ line: 2, column: 1 }],
    },
    {
      name: "accounts as a string, which the server ignores",
      config: 'accounts: "x"\n',
      serverVersion: "2.9.10",
      findings: [{ line: 1, column: 1 }],
    },
    {
      name: "Accounts as a decimal number on the newest release",
      config: "Accounts: 1.5\n",
      findings: [{ line: 1, column: 1 }],
    },
    {
      name: "authorization timeouts of other types before 2.11.2",
      config:
        "authorization {\n  timeout: {}\n}\ncluster {\n  authorization {\n    timeout: [ 1 ]\n  }\n}\nleafnodes {\n  authorization {\n    timeout: true\n  }\n}\n",
      serverVersion: "2.11.1",
      findings: [
        { line: 2, column: 3 },
        { line: 6, column: 5 },
        { line: 11, column: 5 },
      ],
    },
    {
      name: "authorization timeout as a boolean from 2.11.2",
      config: "authorization {\n  timeout: true\n}\n",
      serverVersion: "2.11.2",
      findings: [{ line: 2, column: 3 }],
    },
    {
      name: "websocket and mqtt timeouts of other types",
      config:
        "websocket {\n  authorization {\n    timeout: {}\n  }\n}\nmqtt {\n  authorization {\n    timeout: false\n  }\n}\n",
      findings: [
        { line: 3, column: 5 },
        { line: 8, column: 5 },
      ],
    },
    {
      name: "js_cluster_migrate as a string before 2.11.0",
      config:
        'leafnodes {\n  remotes: [\n    {\n      url: "nats-leaf://127.0.0.1:7422"\n      js_cluster_migrate: "x"\n    }\n  ]\n}\n',
      serverVersion: "2.10.29",
      findings: [{ line: 5, column: 7 }],
    },
    {
      name: "authorization timeout as a string before 2.11.2",
      config: 'authorization {\n  timeout: "5s"\n}\n',
      serverVersion: "2.9.10",
      findings: [{ line: 2, column: 3 }],
    },
  ],
};
export default cases;
