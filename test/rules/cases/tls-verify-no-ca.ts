import type { RuleCases } from "./types.js";

const cases: RuleCases = {
  valid: [
    { name: "verify with ca_file", config: "tls {\n  verify: true\n  ca_file: ca.pem\n}\n" },
    { name: "no verification", config: "tls {\n  cert_file: c.pem\n  key_file: k.pem\n}\n" },
    { name: "cluster with ca_file", config: "cluster {\n  tls { ca_file: ca.pem }\n}\n" },
    {
      name: "Windows store CAs",
      config:
        "tls {\n  verify: true\n  cert_store: WindowsCurrentUser\n  ca_certs_match: [ MyCA ]\n}\n",
    },
    {
      name: "dialing blocks use the system roots on purpose",
      config:
        'leafnodes { remotes: [ { url: "tls://hub:7422", tls { cert_file: c.pem, key_file: k.pem } } ] }\nresolver_tls { }\n',
    },
  ],
  invalid: [
    {
      name: "top-level verify and websocket map",
      config:
        "tls {\n  verify: true\n}\nwebsocket {\n  port: 8080\n  tls { verify_and_map: true }\n}\n",
      findings: [
        { line: 2, column: 3 },
        { line: 6, column: 9 },
      ],
    },
    {
      name: "cluster and gateway",
      config:
        "cluster {\n  tls { cert_file: c.pem, key_file: k.pem }\n}\ngateway {\n  name: A\n  TLS { }\n}\n",
      findings: [
        { line: 2, column: 3 },
        { line: 6, column: 3 },
      ],
    },
    {
      name: "empty ca_file and verify from a variable",
      config: 'ON = true\nmqtt {\n  port: 1883\n  tls { ca_file: "", Verify: $ON }\n}\n',
      findings: [{ line: 4, column: 22 }],
    },
  ],
};
export default cases;
