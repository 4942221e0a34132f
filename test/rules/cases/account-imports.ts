import type { RuleCases } from "./types.js";

const cases: RuleCases = {
  valid: [
    {
      name: "stream and service shared with one account",
      config:
        'accounts {\n  B {\n    exports: [\n      { stream: "events.>", accounts: [ A ] }\n      { service: "svc.req", response: singleton, threshold: "5s", latency: { sampling: "50%", subject: lat.svc } }\n      { service: "svc.many", response: stream }\n    ]\n  }\n  A {\n    imports: [\n      { stream: { account: B, subject: "events.orders" }, prefix: from_b }\n      { service: { account: B, subject: svc.req }, to: b.req, share: true }\n    ]\n  }\n}\n',
    },
    {
      name: "public wildcard export covers a wildcard import",
      config:
        'accounts {\n  B { exports: [ { stream: "a.*" } ] }\n  A { imports: [ { stream: { account: B, subject: "a.*" }, to: "x.*" } ] }\n}\n',
    },
    {
      name: "same local subject from two accounts on new servers",
      config:
        "accounts {\n  B { exports: [ { service: q } ] }\n  C { exports: [ { service: q } ] }\n  A { imports: [ { service: { account: B, subject: q } }, { service: { account: C, subject: q }, to: q } ] }\n}\n",
    },
    {
      name: "account token position is not judged",
      config:
        'accounts {\n  B { exports: [ { service: "req.*", account_token_position: 2 } ] }\n  A { imports: [ { service: { account: B, subject: "req.A" } } ] }\n}\n',
    },
    {
      name: "service mapping that keeps every wildcard",
      serverVersion: "2.9.10",
      config:
        'accounts {\n  A { exports: [ { service: "foo.*.*" } ] }\n  B { imports: [ { service: { account: A, subject: "foo.*.*" }, to: "bar.$2.$1" } ] }\n}\n',
    },
    {
      name: "stream local subject that is not a subject",
      serverVersion: "2.9.10",
      config:
        'accounts {\n  A { exports: [ { stream: "foo" } ] }\n  B { imports: [ { stream: { account: A, subject: "foo" }, to: "foo." } ] }\n}\n',
    },
    {
      name: "same stream from two accounts",
      config:
        'accounts {\n  A { exports: [ { stream: "foo" } ] }\n  C { exports: [ { stream: "foo" } ] }\n  B { imports: [ { stream: { account: A, subject: "foo" } }, { stream: { account: C, subject: "foo" }, to: "c.foo" } ] }\n}\n',
    },
    {
      name: "exports written in two spellings add up",
      serverVersion: "2.9.10",
      config:
        "accounts {\n  A {\n    exports: [ { service: foo } ]\n    Exports: [ { service: bar } ]\n  }\n  B { imports: [ { service: { account: A, subject: foo } }, { service: { account: A, subject: bar } } ] }\n}\n",
    },
    {
      name: "import names the importing account at the token position",
      serverVersion: "2.9.10",
      config:
        'accounts {\n  E { exports: [ { service: "foo.*", account_token_position: 2 } ] }\n  A { imports: [ { service: { account: E, subject: "foo.A" } } ] }\n}\n',
    },
    {
      name: "stream import subject with white space in the prefix",
      serverVersion: "2.9.10",
      config:
        'accounts {\n  A { exports: [ { stream: "foo.>" } ] }\n  B { imports: [ { stream: { account: A, subject: "foo.>" }, prefix: " " } ] }\n}\n',
    },
  ],
  invalid: [
    {
      name: "undefined exporting account",
      config:
        "accounts {\n  B { exports: [ { stream: s, accounts: [ A, C ] } ] }\n  A { imports: [ { stream: { account: b, subject: s } } ] }\n}\n",
      findings: [{ line: 3, column: 30 }],
    },
    {
      name: "import directives of the other kind",
      config:
        "accounts {\n  B { exports: [ { stream: s }, { service: t } ] }\n  A {\n    imports: [\n      { stream: { account: B, subject: s }, prefix: p, to: x, share: true }\n      { service: { account: B, subject: t }, prefix: p, allow_trace: true }\n    ]\n  }\n}\n",
      findings: [
        { line: 5, column: 56 },
        { line: 5, column: 63 },
        { line: 6, column: 46 },
        { line: 6, column: 57 },
      ],
    },
    {
      name: "import source incomplete and invalid subject",
      config:
        'accounts {\n  B { exports: [ { stream: ">" } ] }\n  A { imports: [ { stream: { account: B } }, { stream: { account: B, subject: "a..b" } } ] }\n}\n',
      findings: [
        { line: 3, column: 20 },
        { line: 3, column: 70 },
      ],
    },
    {
      name: "imports not exported to the account",
      config:
        'accounts {\n  B { exports: [ { stream: "a.b", accounts: [ C ] }, { stream: "x.*" } ] }\n  C {}\n  A { imports: [ { stream: { account: B, subject: "a.b" } }, { service: { account: B, subject: "x.y" } }, { stream: { account: B, subject: "x.>" } } ] }\n}\n',
      findings: [
        { line: 4, column: 20 },
        { line: 4, column: 64 },
        { line: 4, column: 109 },
      ],
    },
    {
      name: "wildcard prefix",
      config:
        'accounts {\n  B { exports: [ { stream: "c.>" } ] }\n  A { imports: [ { stream: { account: B, subject: "c.>" }, prefix: "ev.>" } ] }\n}\n',
      findings: [{ line: 3, column: 60 }],
    },
    {
      name: "duplicate service import subject",
      config:
        "accounts {\n  B { exports: [ { service: q }, { service: r } ] }\n  A { imports: [ { service: { account: B, subject: q }, to: x }, { service: { account: B, subject: r }, to: x } ] }\n}\n",
      findings: [{ line: 3, column: 66 }],
    },
    {
      name: "same local subject from two accounts on an old server",
      serverVersion: "2.9.10",
      config:
        "accounts {\n  B { exports: [ { service: q } ] }\n  C { exports: [ { service: q } ] }\n  A { imports: [ { service: { account: B, subject: q } }, { service: { account: C, subject: q } } ] }\n}\n",
      findings: [{ line: 4, column: 59 }],
    },
    {
      name: "service imports in a cycle",
      config:
        "accounts {\n  A {\n    exports: [ { service: a } ]\n    imports: [ { service: { account: B, subject: b }, to: a } ]\n  }\n  B {\n    exports: [ { service: b } ]\n    imports: [ { service: { account: A, subject: a }, to: b } ]\n  }\n}\n",
      findings: [{ line: 8, column: 16 }],
    },
    {
      name: "stream imports in a cycle",
      config:
        'accounts {\n  A {\n    exports: [ { stream: "*" } ]\n    imports: [ { stream: { account: B, subject: bar } } ]\n  }\n  B {\n    exports: [ { stream: bar } ]\n    imports: [ { stream: { account: A, subject: foo }, to: bar } ]\n  }\n}\n',
      findings: [{ line: 8, column: 16 }],
    },
    {
      name: "service cycle only when B is read first",
      config:
        'accounts {\n  A {\n    exports: [ { service: "*" } ]\n    imports: [ { service: { account: B, subject: foo }, to: foo } ]\n  }\n  B {\n    exports: [ { service: foo } ]\n    imports: [ { service: { account: A, subject: "*" }, to: "$1" } ]\n  }\n}\n',
      findings: [{ line: 4, column: 16 }],
    },
    {
      name: "service cycle in a later rotation",
      config:
        'accounts {\n  A {\n    exports: [ { service: "*" } ]\n    imports: [ { service: { account: B, subject: foo }, to: foo } ]\n  }\n  C { imports: [ { service: { account: D, subject: other } } ] }\n  B {\n    exports: [ { service: foo } ]\n    imports: [ { service: { account: A, subject: "*" }, to: "$1" } ]\n  }\n  D { exports: [ { service: other } ] }\n}\n',
      findings: [{ line: 4, column: 16 }],
    },
    {
      name: "service local subject that is not a subject",
      serverVersion: "2.9.10",
      config:
        'accounts {\n  A { exports: [ { service: "foo" } ] }\n  B { imports: [ { service: { account: A, subject: "foo" }, to: "foo." } ] }\n}\n',
      findings: [{ line: 3, column: 61 }],
    },
    {
      name: "service mapping that drops a wildcard",
      serverVersion: "2.9.10",
      config:
        'accounts {\n  A { exports: [ { service: "foo.*" } ] }\n  B { imports: [ { service: { account: A, subject: "foo.*" }, to: "bar" } ] }\n}\n',
      findings: [{ line: 3, column: 63 }],
    },
    {
      name: "stream mapping that adds a full wildcard",
      serverVersion: "2.9.10",
      config:
        'accounts {\n  A { exports: [ { stream: "a.*.b" } ] }\n  B { imports: [ { stream: { account: A, subject: "a.*.b" }, to: "x.>" } ] }\n}\n',
      findings: [{ line: 3, column: 62 }],
    },
    {
      name: "same stream imported twice",
      serverVersion: "2.9.10",
      config:
        'accounts {\n  A { exports: [ { stream: "foo" } ] }\n  B {\n    imports: [\n      { stream: { account: A, subject: "foo" } }\n      { stream: { account: A, subject: "foo" } }\n    ]\n  }\n}\n',
      findings: [{ line: 6, column: 7 }],
    },
    {
      name: "stream cycle only when B is read first",
      serverVersion: "2.9.10",
      config:
        'accounts {\n  A {\n    exports: [ { stream: "*" } ]\n    imports: [ { stream: { account: B, subject: "foo" }, to: "foo" } ]\n  }\n  B {\n    exports: [ { stream: "foo" } ]\n    imports: [ { stream: { account: A, subject: "*" }, to: "$1" } ]\n  }\n}\n',
      findings: [{ line: 4, column: 16 }],
    },
    {
      name: "service import repeated across two spellings",
      serverVersion: "2.9.10",
      config:
        "accounts {\n  A { exports: [ { service: foo } ] }\n  B {\n    imports: [ { service: { account: A, subject: foo } } ]\n    Imports: [ { service: { account: A, subject: foo } } ]\n  }\n}\n",
      findings: [{ line: 5, column: 16 }],
    },
    {
      name: "import names another account at the token position",
      serverVersion: "2.9.10",
      config:
        'accounts {\n  E { exports: [ { service: "foo.*", account_token_position: 2 } ] }\n  A { imports: [ { service: { account: E, subject: "foo.B" } } ] }\n}\n',
      findings: [{ line: 3, column: 20 }],
    },
    {
      name: "import of the token-position export subject itself",
      serverVersion: "2.9.10",
      config:
        'accounts {\n  E { exports: [ { stream: "foo.*", account_token_position: 2 } ] }\n  A { imports: [ { stream: { account: E, subject: "foo.*" } } ] }\n}\n',
      findings: [{ line: 3, column: 20 }],
    },
  ],
};
export default cases;
