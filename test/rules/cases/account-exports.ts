import type { RuleCases } from "./types.js";

const cases: RuleCases = {
  valid: [
    {
      name: "stream and service shared with one account",
      config:
        'accounts {\n  B {\n    exports: [\n      { stream: "events.>", accounts: [ A ] }\n      { service: "svc.req", response: singleton, threshold: "5s", latency: { sampling: "50%", subject: lat.svc } }\n      { service: "svc.many", response: stream }\n    ]\n  }\n  A {\n    imports: [\n      { stream: { account: B, subject: "events.orders" }, prefix: from_b }\n      { service: { account: B, subject: svc.req }, to: b.req, share: true }\n    ]\n  }\n}\n',
    },
    {
      name: "latency subject of a later service export",
      config:
        'accounts {\n  B { exports: [ { service: a, latency: "lat" }, { service: "lat" } ] }\n}\n',
    },
    {
      name: "account token position at a wildcard",
      config:
        'accounts {\n  B {\n    exports: [\n      { stream: "orders.*", account_token_position: 2 }\n      { service: "req.*.>", account_token_position: 2 }\n    ]\n  }\n}\n',
    },
    {
      name: "latency sampling headers",
      config:
        'accounts { B { exports: [ { service: s, latency: { sampling: "Headers", subject: l } } ] } }\n',
    },
  ],
  invalid: [
    {
      name: "undefined account in the accounts list",
      config:
        "accounts {\n  B { exports: [ { stream: s, accounts: [ A, C ] } ] }\n  A { imports: [ { stream: { account: b, subject: s } } ] }\n}\n",
      findings: [{ line: 2, column: 46 }],
    },
    {
      name: "stream export with service directives",
      config:
        'accounts {\n  B {\n    exports: [ { stream: s, RESPONSE: singleton, latency: lat, threshold: "1s" } ]\n  }\n}\n',
      findings: [
        { line: 3, column: 29 },
        { line: 3, column: 50 },
        { line: 3, column: 64 },
      ],
    },
    {
      name: "export with both kinds and one with none",
      config:
        "accounts {\n  B { exports: [ { stream: s, service: t }, { accounts: [ B ] } ] }\n}\n",
      findings: [
        { line: 2, column: 31 },
        { line: 2, column: 45 },
      ],
    },
    {
      name: "latency problems",
      config:
        'accounts {\n  B {\n    exports: [\n      { service: a, latency: { sampling: 0, subject: l } }\n      { service: b, latency: { sampling: 50 } }\n      { service: c, latency: "lat.>" }\n    ]\n  }\n}\n',
      findings: [
        { line: 4, column: 32 },
        { line: 5, column: 21 },
        { line: 6, column: 21 },
      ],
    },
    {
      name: "latency map of an export without a kind",
      config: "accounts {\n  B { exports: [ { latency: { sampling: 101 } } ] }\n}\n",
      findings: [
        { line: 2, column: 31 },
        { line: 2, column: 20 },
      ],
    },
    {
      name: "export without a kind, ignored with its string latency",
      config: 'accounts {\n  B { exports: [ { latency: "lat.*" } ] }\n}\n',
      findings: [{ line: 2, column: 18 }],
    },
    {
      name: "latency subject matched by a service export",
      config:
        'accounts {\n  B {\n    exports: [\n      { service: "lat.>" }\n      { service: ">", latency: { sampling: 50, subject: "lat.x" } }\n    ]\n  }\n}\n',
      findings: [{ line: 5, column: 48 }],
    },
    {
      name: "account token position off the wildcard",
      config:
        'accounts {\n  B {\n    exports: [\n      { stream: "foo.*", account_token_position: 1 }\n      { service: "a.*", account_token_position: 3 }\n      { stream: "b.*", account_token_position: -1 }\n    ]\n  }\n}\n',
      findings: [
        { line: 4, column: 26 },
        { line: 5, column: 25 },
        { line: 6, column: 24 },
      ],
    },
    {
      name: "response type and threshold set twice",
      config:
        'accounts {\n  B {\n    exports: [\n      { service: a, response_type: stream, Response_type: stream }\n      { service: b, threshold: "1s", response_time: "2s" }\n    ]\n  }\n}\n',
      findings: [
        { line: 4, column: 44 },
        { line: 5, column: 38 },
      ],
    },
    {
      name: "latency on a streamed service",
      config:
        "accounts { B { exports: [ { service: a, response_type: Chunked, latency: l } ] } }\n",
      findings: [{ line: 1, column: 65 }],
    },
    {
      name: "latency without the system account",
      config:
        "no_system_account: true\naccounts { B { exports: [ { service: a, latency: l } ] } }\n",
      findings: [{ line: 2, column: 41 }],
    },
  ],
};
export default cases;
