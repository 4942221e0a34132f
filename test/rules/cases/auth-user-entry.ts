import type { RuleCases } from "./types.js";

const NKEY = "UDXU4RCSJNZOIQHZNWXHXORDPRTGNJAHAHFRGZNEEJCPQTT2M7NLCNF4";
const ACCOUNT_KEY = "ABJHLOVMPA4CI6R5KLNGOB4GSLNIY7IOUPAJC4YFNDLQVIOBYQGUWVLA";
const USER_SEED = "SUACJN3OSKWWPQXME4JUNFJ3PARXPO657GGNWNU7PK7G3AUQQYHLW26XH4";

const cases: RuleCases = {
  valid: [
    { name: "user", config: "authorization { users: [ { user: a, password: x } ] }\n" },
    { name: "nkey user", config: `authorization { users: [ { nkey: ${NKEY} } ] }\n` },
    {
      name: "nkey user with an empty password",
      config: `accounts { A { users: [ { nkey: ${NKEY}, password: "" } ] } }\n`,
    },
    {
      name: "nkey through a variable",
      config: `KEY: ${NKEY}\nauthorization { users: [ { NKEY: $KEY } ] }\n`,
    },
  ],
  invalid: [
    {
      name: "entry without user or nkey",
      config: "authorization {\n  users: [\n    { password: x }\n  ]\n}\n",
      findings: [{ line: 3, column: 5 }],
    },
    {
      name: "empty user name",
      config: 'accounts { A { users: [ { user: "", password: x } ] } }\n',
      findings: [{ line: 1, column: 25 }],
    },
    {
      name: "account key as user nkey",
      config: `authorization {\n  users: [ { nkey: ${ACCOUNT_KEY} } ]\n}\n`,
      findings: [{ line: 2, column: 14 }],
    },
    {
      name: "seed as user nkey",
      config: `authorization {\n  users: [ { nkey: "${USER_SEED}" } ]\n}\n`,
      findings: [{ line: 2, column: 14 }],
    },
    {
      name: "broken checksum",
      config: `authorization {\n  users: [ { nkey: ${NKEY.slice(0, -1)}5 } ]\n}\n`,
      findings: [{ line: 2, column: 14 }],
    },
    {
      name: "nkey with user and password",
      config: `authorization {\n  users: [\n    { nkey: ${NKEY}, User: bob, pass: x }\n  ]\n}\n`,
      findings: [{ line: 3, column: 71 }],
    },
  ],
};
export default cases;
