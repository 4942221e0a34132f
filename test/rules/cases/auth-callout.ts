import type { RuleCases } from "./types.js";

const ACCOUNT_KEY = "ABJHLOVMPA4CI6R5KLNGOB4GSLNIY7IOUPAJC4YFNDLQVIOBYQGUWVLA";
const CURVE_KEY = "XAB3NANV3M6N7AHSQP2U5FRWKKUT7EG2ZXXABV4XVXYQRJGM4S2CZGHT";
const USER_KEY = "UDXU4RCSJNZOIQHZNWXHXORDPRTGNJAHAHFRGZNEEJCPQTT2M7NLCNF4";
const ACCOUNTS = "accounts {\n  AUTH { users: [ { user: auth, password: x } ] }\n  APP {}\n}\n";

const callout = (body: string) => `authorization {\n  auth_callout {\n${body}  }\n}\n${ACCOUNTS}`;

const cases: RuleCases = {
  valid: [
    {
      name: "complete callout",
      config: callout(
        `    issuer: ${ACCOUNT_KEY}\n    account: AUTH\n    auth_users: [ auth ]\n    xkey: ${CURVE_KEY}\n    allowed_accounts: [ APP ]\n`,
      ),
    },
    {
      name: "aliases and the default account",
      config: `authorization {\n  users: [ { user: auth, password: x } ]\n  auth_hook { issuer: ${ACCOUNT_KEY}, users: [ auth ], key: ${CURVE_KEY} }\n}\n`,
    },
    {
      name: "auth user given by nkey",
      config: `authorization {\n  users: [ { nkey: ${USER_KEY} } ]\n  auth_callout { issuer: ${ACCOUNT_KEY}, auth_users: [ ${USER_KEY} ] }\n}\n`,
    },
  ],
  invalid: [
    {
      name: "missing issuer and auth_users",
      config: callout("    account: AUTH\n"),
      findings: [
        { line: 2, column: 3 },
        { line: 2, column: 3 },
      ],
    },
    {
      name: "empty auth_users, user key as issuer",
      config: callout(`    issuer: ${USER_KEY}\n    account: AUTH\n    auth_users: []\n`),
      findings: [
        { line: 5, column: 5 },
        { line: 3, column: 5 },
      ],
    },
    {
      name: "bad xkey",
      config: callout(
        `    issuer: ${ACCOUNT_KEY}\n    account: AUTH\n    auth_users: [ auth ]\n    xkey: ${ACCOUNT_KEY}\n`,
      ),
      findings: [{ line: 6, column: 5 }],
    },
    {
      name: "allowed account not defined",
      config: callout(
        `    issuer: ${ACCOUNT_KEY}\n    account: AUTH\n    auth_users: [ auth ]\n    allowed_accounts: [ APP, app ]\n`,
      ),
      findings: [{ line: 6, column: 30 }],
    },
    {
      name: "callout account and user unknown",
      config: callout(
        `    issuer: ${ACCOUNT_KEY}\n    account: OTHER\n    auth_users: [ auth, nobody ]\n`,
      ),
      findings: [
        { line: 4, column: 5 },
        { line: 5, column: 25 },
      ],
    },
  ],
};
export default cases;
