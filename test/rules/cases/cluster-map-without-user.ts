import type { RuleCases } from "./types.js";

const cases: RuleCases = {
  valid: [
    {
      name: "cluster user",
      config:
        'cluster {\n  port: 6222\n  tls { verify_and_map: true }\n  authorization { user: "CN=route,O=acme" }\n}\n',
    },
    {
      name: "known URLs accept peers too",
      config:
        "cluster {\n  port: 6222\n  tls {\n    verify_and_map: true\n    verify_cert_and_check_known_urls: true\n  }\n}\n",
    },
    {
      name: "verify only",
      config: "gateway {\n  name: A\n  port: 7222\n  tls { verify: true }\n}\n",
    },
    {
      name: "client mapping is another rule's case",
      config: "tls { verify_and_map: true }\n",
    },
  ],
  invalid: [
    {
      name: "cluster without authorization",
      config: "cluster {\n  port: 6222\n  tls {\n    verify_and_map: true\n  }\n}\n",
      findings: [{ line: 4, column: 5 }],
    },
    {
      name: "gateway with a password only, upper-case keys",
      config:
        'GATEWAY {\n  NAME: A\n  PORT: 7222\n  TLS { VERIFY_AND_MAP: true }\n  AUTHORIZATION { PASSWORD: "pw-gw" }\n}\n',
      findings: [{ line: 4, column: 9 }],
    },
    {
      name: "empty user through a variable",
      config:
        'ROUTE_USER = ""\ncluster {\n  port: 6222\n  tls { verify_and_map: true }\n  authorization { username: $ROUTE_USER }\n}\n',
      findings: [{ line: 4, column: 9 }],
    },
    {
      name: "known URLs switched off",
      config:
        "cluster {\n  port: 6222\n  tls {\n    verify_and_map: true\n    verify_cert_and_check_known_urls: false\n  }\n}\n",
      findings: [{ line: 4, column: 5 }],
    },
  ],
};
export default cases;
