import type { RuleCases } from "./types.js";

const ACCOUNT_KEY = "ABJHLOVMPA4CI6R5KLNGOB4GSLNIY7IOUPAJC4YFNDLQVIOBYQGUWVLA";
const USER_KEY = "UDXU4RCSJNZOIQHZNWXHXORDPRTGNJAHAHFRGZNEEJCPQTT2M7NLCNF4";

const cases: RuleCases = {
  valid: [
    { name: "array of names", config: 'accounts: [ A, B, "$SYS" ]\n' },
    { name: "account with an nkey", config: `accounts {\n  A { nkey: ${ACCOUNT_KEY} }\n}\n` },
    {
      name: "msg_trace forms",
      config:
        'accounts {\n  A { msg_trace: "trace.a" }\n  B { trace_dest: { dest: trace.b, sampling: "25%" } }\n}\n',
    },
    { name: "names differ in case", config: "accounts: [ a, A ]\n" },
    {
      name: "variable inside accounts",
      config: "accounts {\n  KEY: x\n  A { users: [ { user: a, password: $KEY } ] }\n}\n",
    },
    {
      name: "system account defined",
      config: "accounts {\n  SYS {}\n  APP {}\n}\nsystem_account: SYS\n",
    },
    { name: "system account in the array form", config: 'accounts: [ "$SYS" ]\nsystem: "$SYS"\n' },
    { name: "global account as system account", config: 'system_account: "$G"\n' },
    {
      name: "operator mode fetches the system account",
      config: "operator: op.jwt\nresolver: MEMORY\nsystem_account: AAAXXX\n",
    },
    {
      name: "resolver without operator",
      config: "resolver: MEMORY\nsystem_account: SYSX\n",
    },
    {
      name: "system_account wins over system",
      config: "accounts { SYS {} }\nsystem: OTHER\nsystem_account: SYS\n",
    },
    {
      name: "msg_trace before 2.11 is option-not-in-version's",
      serverVersion: "2.10.20",
      config: 'accounts { A { msg_trace: "trace.*" } }\n',
    },
  ],
  invalid: [
    {
      name: "$G in the map form",
      config: 'accounts {\n  "$G": {}\n}\n',
      findings: [{ line: 2, column: 3 }],
    },
    {
      name: "$G and a duplicate in the array form",
      config: 'accounts: [ A, "$G", B, A ]\n',
      findings: [
        { line: 1, column: 16 },
        { line: 1, column: 25 },
      ],
    },
    {
      name: "account that is not a map",
      config: 'accounts {\n  foo = "bar"\n}\n',
      findings: [{ line: 2, column: 3 }],
    },
    {
      name: "user key as account nkey",
      config: `accounts {\n  A { NKEY: ${USER_KEY} }\n}\n`,
      findings: [{ line: 2, column: 7 }],
    },
    {
      name: "trace destination with a wildcard",
      config: 'accounts {\n  A { msg_trace: "trace.*" }\n}\n',
      findings: [{ line: 2, column: 7 }],
    },
    {
      name: "trace sampling out of range and not a number",
      config:
        'accounts {\n  A { msg_trace: { dest: t.a, sampling: 0 } }\n  B { msg_trace: { dest: t.b, sampling: "half" } }\n}\n',
      findings: [
        { line: 2, column: 31 },
        { line: 3, column: 31 },
      ],
    },
    {
      name: "system account not defined",
      config: "accounts { APP {} }\nsystem_account: SYSX\n",
      findings: [{ line: 2, column: 1 }],
      serverVersion: "2.9.10",
    },
    {
      name: "explicit $SYS without accounts",
      config: 'system_account: "$SYS"\n',
      findings: [{ line: 1, column: 1 }],
    },
    {
      name: "system account in another case",
      config: "accounts { SYS {} }\nsystem: sys\n",
      findings: [{ line: 2, column: 1 }],
    },
    {
      name: "system_account read before system",
      config: "accounts { SYS {} }\nsystem: SYS\nsystem_account: SYSX\n",
      findings: [{ line: 3, column: 1 }],
    },
  ],
};
export default cases;
