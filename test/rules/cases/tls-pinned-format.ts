import type { RuleCases } from "./types.js";

const HEX = "0123456789abcdef".repeat(4);

const cases: RuleCases = {
  valid: [
    { name: "lower-case hex", config: `tls {\n  pinned_certs: [ "${HEX}" ]\n}\n` },
    { name: "upper-case hex", config: `tls {\n  pinned_certs: [ "${HEX.toUpperCase()}" ]\n}\n` },
    { name: "empty list", config: "tls {\n  pinned_certs: []\n}\n" },
  ],
  invalid: [
    {
      name: "fingerprint with colons, SHA-1, base64 and too short",
      config: [
        "tls {",
        "  pinned_certs: [",
        `    "${HEX.toUpperCase().match(/../g)!.join(":")}"`,
        `    "${HEX.slice(0, 40)}"`,
        '    "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU="',
        '    "abc"',
        "  ]",
        "}",
        "",
      ].join("\n"),
      findings: [
        { line: 3, column: 5 },
        { line: 4, column: 5 },
        { line: 5, column: 5 },
        { line: 6, column: 5 },
      ],
    },
    {
      name: "number in leafnodes, upper-case key",
      config: "leafnodes {\n  tls { PINNED_CERTS: [ 12 ] }\n}\n",
      findings: [{ line: 2, column: 25 }],
    },
    {
      name: "entry from a variable",
      config: 'PIN = "zz"\ncluster {\n  tls { pinned_certs: [ $PIN ] }\n}\n',
      findings: [{ line: 3, column: 25 }],
    },
  ],
};
export default cases;
