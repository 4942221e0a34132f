import type { RuleCases } from "./types.js";

const USERS = 'authorization {\n  users = [ { user: "CN=alice" }, { user: guest } ]\n}\n';
const NKEY = "UDXU4RCSJNZOIQHZNWXHXORDPRTGNJAHAHFRGZNEEJCPQTT2M7NLCNF4";
const NKEY_USERS = `authorization {\n  users = [ { user: "CN=alice" }, { nkey: ${NKEY} } ]\n}\n`;

const cases: RuleCases = {
  valid: [
    { name: "no mapping", config: `tls { verify: true }\nno_auth_user: guest\n${USERS}` },
    {
      name: "no_auth_user only for a websocket listener without mapping",
      config: `tls { verify_and_map: true }\nwebsocket {\n  port: 8080\n  no_tls: true\n  no_auth_user: guest\n}\n${USERS}`,
    },
    {
      name: "unknown no_auth_user is another rule's case",
      config: `tls { verify_and_map: true }\nno_auth_user: nobody\n${USERS}`,
    },
    {
      name: "nkey no_auth_user before 2.11.0 is another rule's case",
      config: `tls { verify_and_map: true }\nno_auth_user: ${NKEY}\n${NKEY_USERS}`,
      serverVersion: "2.10.29",
    },
  ],
  invalid: [
    {
      name: "top-level no_auth_user with client mapping",
      config: `tls { verify_and_map: true }\nno_auth_user: guest\n${USERS}`,
      findings: [{ line: 2, column: 1 }],
    },
    {
      name: "upper-case key and a variable",
      config: `GUEST = guest\ntls { verify_and_map: true }\nNO_AUTH_USER: $GUEST\n${USERS}`,
      findings: [{ line: 3, column: 1 }],
    },
    {
      name: "websocket no_auth_user with websocket mapping",
      config: `websocket {\n  port: 8080\n  tls { verify_and_map: true }\n  no_auth_user: guest\n}\n${USERS}`,
      findings: [{ line: 4, column: 3 }],
    },
    {
      name: "top-level no_auth_user reaches a mapping mqtt listener",
      config: `no_auth_user: guest\nmqtt {\n  port: 1883\n  tls { verify_and_map: true }\n}\n${USERS}`,
      findings: [{ line: 1, column: 1 }],
    },
    {
      name: "nkey no_auth_user since 2.11.0",
      config: `tls { verify_and_map: true }\nno_auth_user: ${NKEY}\n${NKEY_USERS}`,
      serverVersion: "2.11.0",
      findings: [{ line: 2, column: 1 }],
    },
  ],
};
export default cases;
