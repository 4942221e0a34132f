import type { RuleCases } from "./types.js";

const cases: RuleCases = {
  valid: [
    { name: "map alone", config: "tls {\n  verify_and_map: true\n}\n" },
    { name: "verify false without map", config: "tls {\n  verify: false\n}\n" },
    {
      name: "map false with verify false",
      config: "tls {\n  verify: false\n  verify_and_map: false\n}\n",
    },
    {
      name: "cluster forces verify",
      config:
        "cluster {\n  port: 6222\n  tls {\n    verify: false\n    verify_and_map: true\n  }\n}\n",
    },
    {
      name: "leafnode remote ignores both keys",
      config:
        'leafnodes {\n  remotes = [ { url: "tls://127.0.0.1:7422", tls { verify: false, verify_and_map: true } } ]\n}\n',
    },
    {
      name: "resolver_tls ignores both keys",
      config: "resolver_tls { verify: false, verify_and_map: true }\n",
    },
  ],
  invalid: [
    {
      name: "top-level tls",
      config: "tls {\n  verify: false\n  verify_and_map: true\n}\n",
      findings: [{ line: 2, column: 3 }],
    },
    {
      name: "websocket tls, keys upper case",
      config:
        "websocket {\n  port: 8080\n  tls {\n    VERIFY_AND_MAP: yes\n    Verify: off\n  }\n}\n",
      findings: [{ line: 5, column: 5 }],
    },
    {
      name: "tls through a variable",
      config: "TLS_SETTINGS = { verify: false, verify_and_map: true }\ntls: $TLS_SETTINGS\n",
      findings: [{ line: 1, column: 18 }],
    },
  ],
};
export default cases;
