import type { RuleCases } from "./types.js";

const user = (permissions: string) =>
  `authorization {\n  users: [\n    { user: a, password: x, permissions: ${permissions} }\n  ]\n}\n`;

const cases: RuleCases = {
  valid: [
    { name: "plain subjects", config: user('{ publish: "orders.>", subscribe: [ "a.*", "b" ] }') },
    { name: "queue group in subscribe", config: user('{ subscribe: "jobs.* workers" }') },
    { name: "allow and deny maps", config: user('{ pub: { allow: "a.>", deny: [ "a.b" ] } }') },
    { name: "empty publish map", config: user("{ publish: {} }") },
    {
      name: "queue in publish before the check",
      serverVersion: "2.14.3",
      config: 'authorization { default_permissions: { subscribe: "x q..y" } }\n',
    },
    {
      name: "route export queue on an old server",
      serverVersion: "2.12.12",
      config: 'cluster { port: 6222, permissions: { export: "a q" } }\n',
    },
    {
      name: "leafnode remote deny lists",
      config:
        'leafnodes {\n  remotes: [ { url: "nats://127.0.0.1:7422", deny_imports: [ "a.>", "b.*" ], deny_export: "c" } ]\n}\n',
    },
    {
      name: "allow_responses false in cluster permissions",
      config: "cluster { port: 6222, permissions: { import: a, allow_responses: false } }\n",
    },
  ],
  invalid: [
    {
      name: "empty token",
      config: user('{ publish: "orders..new" }'),
      findings: [{ line: 3, column: 53 }],
    },
    {
      name: "> not last, in a deny list",
      config: user('{ SUB: { deny: [ "ok", "a.>.b" ] } }'),
      findings: [{ line: 3, column: 65 }],
    },
    {
      name: "queue group in publish",
      config: user('{ publish: "jobs workers" }'),
      findings: [{ line: 3, column: 53 }],
    },
    {
      name: "queue group in publish, old server accepts",
      serverVersion: "2.9.10",
      config: user('{ publish: "jobs workers" }'),
      findings: [{ line: 3, column: 53 }],
    },
    {
      name: "invalid queue name",
      config: 'accounts { A { default_permissions: { subscribe: "a q..x" } } }\n',
      findings: [{ line: 1, column: 50 }],
    },
    {
      name: "three words",
      config: user('{ subscribe: "a b c" }'),
      findings: [{ line: 3, column: 55 }],
    },
    {
      name: "subject through a variable",
      config: 'BAD: "x."\n' + user("{ publish: $BAD }"),
      findings: [{ line: 4, column: 53 }],
    },
    {
      name: "number in a subject array",
      config: user("{ publish: [ a, 5 ] }"),
      findings: [{ line: 3, column: 58 }],
    },
    {
      name: "route permissions: queue and allow_responses",
      config:
        'cluster {\n  port: 6222\n  permissions: {\n    export: "a q"\n    allow_responses: true\n  }\n}\n',
      findings: [
        { line: 4, column: 13 },
        { line: 5, column: 5 },
      ],
    },
    {
      name: "leafnode remote deny lists: bad subject and a number",
      serverVersion: "2.9.10",
      config:
        'leafnodes {\n  remotes: [\n    { url: "nats://127.0.0.1:7422", deny_imports: [ "foo." ], deny_exports: [ "ok", 1.5 ] }\n  ]\n}\n',
      findings: [
        { line: 3, column: 53 },
        { line: 3, column: 85 },
      ],
    },
    {
      name: "leafnode remote deny list under two spellings",
      config:
        'leafnodes {\n  remotes: [\n    { url: "nats://127.0.0.1:7422", deny_export: "a..b", deny_exports: ">.x" }\n  ]\n}\n',
      findings: [
        { line: 3, column: 50 },
        { line: 3, column: 72 },
      ],
    },
    {
      name: "queue group in a leafnode deny list, before and after the check",
      config:
        'leafnodes {\n  remotes: [ { url: "nats://127.0.0.1:7422", deny_imports: "jobs workers" } ]\n}\n',
      findings: [{ line: 2, column: 60 }],
    },
    {
      name: "queue group in a leafnode deny list on an old server",
      serverVersion: "2.12.12",
      config:
        'leafnodes {\n  remotes: [ { url: "nats://127.0.0.1:7422", deny_imports: "jobs workers" } ]\n}\n',
      findings: [{ line: 2, column: 60 }],
    },
    {
      name: "allow_responses in cluster authorization permissions",
      config:
        "cluster {\n  port: 6222\n  authorization { user: r, password: p, permissions: { import: a, allow_responses: true } }\n}\n",
      findings: [{ line: 3, column: 67 }],
    },
  ],
};
export default cases;
