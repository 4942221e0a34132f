import type { RuleCases } from "./types.js";

const NKEY = "UDXU4RCSJNZOIQHZNWXHXORDPRTGNJAHAHFRGZNEEJCPQTT2M7NLCNF4";
const USERS = "authorization { users: [ { user: guest, password: x } ] }\n";

const cases: RuleCases = {
  valid: [
    { name: "names a user", config: `no_auth_user: guest\n${USERS}` },
    {
      name: "names an account user",
      config: "no_auth_user: guest\naccounts { A { users: [ { user: guest, password: x } ] } }\n",
    },
    {
      name: "names an nkey",
      config: `no_auth_user: ${NKEY}\naccounts { A { users: [ { nkey: ${NKEY} } ] } }\n`,
    },
    { name: "empty is unset", config: 'no_auth_user: ""\n' },
    {
      name: "websocket without a port is not checked",
      config: "websocket { no_tls: true, no_auth_user: nobody }\n",
    },
    {
      name: "websocket names a user",
      config: `websocket { port: 8080, no_tls: true, no_auth_user: guest }\n${USERS}`,
    },
  ],
  invalid: [
    {
      name: "no users at all",
      config: "no_auth_user: guest\n",
      findings: [{ line: 1, column: 1 }],
    },
    {
      name: "single user is not a users entry",
      config: "NO_AUTH_USER: admin\nauthorization { user: admin, password: x }\n",
      findings: [{ line: 1, column: 1 }],
    },
    {
      name: "name not found, case differs",
      config: `no_auth_user: Guest\n${USERS}`,
      findings: [{ line: 1, column: 1 }],
    },
    {
      name: "mqtt no_auth_user through a variable",
      config: `WHO: nobody\nmqtt {\n  port: 1883\n  no_auth_user: $WHO\n}\n${USERS}`,
      findings: [{ line: 4, column: 3 }],
    },
    {
      name: "nkey before 2.10.8",
      serverVersion: "2.9.10",
      config: `no_auth_user: ${NKEY}\naccounts { A { users: [ { nkey: ${NKEY} } ] } }\n`,
      findings: [{ line: 1, column: 1 }],
    },
    {
      name: "only nkeys before 2.10.8",
      serverVersion: "2.10.7",
      config: `no_auth_user: guest\naccounts { A { users: [ { nkey: ${NKEY} } ] } }\n`,
      findings: [{ line: 1, column: 1 }],
    },
  ],
};
export default cases;
