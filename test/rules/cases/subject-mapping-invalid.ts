import type { RuleCases } from "./types.js";

const cases: RuleCases = {
  valid: [
    {
      name: "plain, wildcard and weighted mappings",
      config:
        'mappings {\n  "orders.new": "orders.v2.new"\n  "req.*.*": "svc.$2.{{wildcard(1)}}"\n  "canary": [ { dest: canary.v1, weight: 90 }, { destination: canary.v2, weight: "10%" } ]\n  "one": { dest: "two", weight: 100 }\n}\n',
    },
    {
      name: "weights per cluster since 2.10",
      config:
        "maps {\n  a: [ { dest: b, weight: 60, cluster: east }, { dest: c, weight: 60, cluster: west } ]\n}\n",
    },
    {
      name: "unused wildcard is fine since 2.10",
      config: 'accounts { A { mappings { "foo.*": "bar" } } }\n',
    },
  ],
  invalid: [
    {
      name: "invalid source",
      config: 'mappings {\n  "foo..bar": baz\n}\n',
      findings: [{ line: 2, column: 3 }],
    },
    {
      name: "destination problems",
      config:
        'mappings {\n  "a.*": "b.*"\n  "c.*": "d.$2"\n  "e.>": "f"\n  "g.*": "h.{{left(1,2)}}"\n}\n',
      findings: [
        { line: 2, column: 10 },
        { line: 3, column: 10 },
        { line: 4, column: 10 },
        { line: 5, column: 10 },
      ],
    },
    {
      name: "unused wildcard before 2.10",
      serverVersion: "2.9.10",
      config: 'mappings { "foo.*": "bar" }\n',
      findings: [{ line: 1, column: 21 }],
    },
    {
      name: "weights",
      config:
        'mappings {\n  a: [ { dest: b, weight: 101 }, { dest: c } ]\n  d: { dest: e, weight: "x%" }\n}\n',
      findings: [
        { line: 2, column: 19 },
        { line: 2, column: 34 },
        { line: 3, column: 17 },
      ],
    },
    {
      name: "weights above 100 in total, and a repeated destination",
      config: "mappings {\n  a: [ { dest: b, weight: 60 }, { dest: b, weight: 50 } ]\n}\n",
      findings: [
        { line: 2, column: 33 },
        { line: 2, column: 3 },
      ],
    },
    {
      name: "clusters add up together before 2.10",
      serverVersion: "2.9.10",
      config:
        "mappings {\n  a: [ { dest: b, weight: 60, cluster: east }, { dest: c, weight: 60, cluster: west } ]\n}\n",
      findings: [{ line: 2, column: 3 }],
    },
    {
      name: "destination without dest, and one that is a number",
      config: "accounts { A { mappings { a: [ { weight: 50 }, 5 ] } } }\n",
      findings: [
        { line: 1, column: 32 },
        { line: 1, column: 48 },
      ],
    },
  ],
};
export default cases;
