import type { RuleCases } from "./types.js";

const cases: RuleCases = {
  valid: [
    { name: "url", config: 'ocsp {\n  mode: always\n  url: "http://ocsp.example.com"\n}\n' },
    { name: "bool form", config: "ocsp: true\n" },
    {
      name: "string urls is left to value-type",
      config: 'ocsp {\n  urls: "http://ocsp.example.com"\n}\n',
    },
  ],
  invalid: [
    {
      name: "list of URLs",
      config: 'ocsp {\n  mode: must\n  urls: [ "http://ocsp.example.com" ]\n}\n',
      findings: [{ line: 3, column: 3 }],
    },
    { name: "empty list", config: "ocsp {\n  urls: []\n}\n", findings: [{ line: 2, column: 3 }] },
    {
      name: "list from a variable",
      config: 'RESPONDERS = [ "http://a", "http://b" ]\nocsp {\n  urls: $RESPONDERS\n}\n',
      findings: [{ line: 3, column: 3 }],
    },
  ],
};
export default cases;
