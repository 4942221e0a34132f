import { createNkey, signJwt } from "../../support/jwt.js";
import type { RuleCases } from "./types.js";

const operator = createNkey("operator");
const account = createNkey("account");
const user = createNkey("user");
const OPERATOR_JWT = signJwt(operator, operator.publicKey, "operator");
const ACCOUNT_JWT = signJwt(operator, account.publicKey, "account");
const SELF_SIGNED_ACCOUNT_JWT = signJwt(account, account.publicKey, "account");
const USER_SIGNED_ACCOUNT_JWT = signJwt(user, account.publicKey, "account");

/** The operator JWT with the last two characters of its signature replaced. */
const TAMPERED_JWT = OPERATOR_JWT.slice(0, -2) + (OPERATOR_JWT.endsWith("AA") ? "BA" : "AA");

const cases: RuleCases = {
  valid: [
    {
      name: "trusted operator keys",
      config: `trusted: "${operator.publicKey}"\ntrusted_keys: [ "${operator.publicKey}" ]\n`,
    },
    {
      name: "inline operator JWT and a preloaded account",
      config: `operator: "${OPERATOR_JWT}"\nresolver: MEMORY\nresolver_preload: {\n  ${account.publicKey}: "${ACCOUNT_JWT}"\n  ${operator.publicKey}: "${SELF_SIGNED_ACCOUNT_JWT}"\n}\n`,
    },
    { name: "operator JWT file", config: 'operator: "/etc/nats/operator.jwt"\n' },
    {
      name: "resolver strings",
      config: 'resolver: mem\naccount_resolver: URL("https://jwt.example.com/v1/accounts/")\n',
    },
    {
      name: "directory resolvers",
      config:
        'resolver: { type: full, dir: "./jwt", allow_delete: true, hard_delete: true, interval: "2m" }\naccount_resolver: { type: CACHE, dir: "./cache", ttl: "1h", interval: "0s", allow_delete: false }\n',
    },
    {
      name: "memory resolver map from 2.9.21",
      serverVersion: "2.9.21",
      config: "resolver: { type: memory }\n",
    },
    {
      name: "hard_delete before it existed",
      serverVersion: "2.9.10",
      config: 'resolver: { type: cache, dir: "./cache", hard_delete: true }\n',
    },
  ],
  invalid: [
    {
      name: "trusted keys that are not operator keys",
      config: `trusted: "bogus"\ntrusted_keys: [ "${operator.publicKey}", "${account.publicKey}" ]\n`,
      findings: [
        { line: 1, column: 10 },
        { line: 2, column: 77 },
      ],
    },
    {
      name: "empty and invalid inline operators",
      config: `operator: ""\noperators: "${TAMPERED_JWT}"\nroot: "${ACCOUNT_JWT}"\n`,
      findings: [
        { line: 1, column: 11 },
        { line: 2, column: 12 },
        { line: 3, column: 7 },
      ],
    },
    {
      name: "operator array items from 2.10.21",
      serverVersion: "2.10.21",
      config: `operator: [ "${OPERATOR_JWT}", "eyJnotajwt" ]\n`,
      findings: [{ line: 1, column: OPERATOR_JWT.length + 17 }],
    },
    {
      name: "resolver string of neither kind",
      config: 'resolver: "bogus"\n',
      findings: [{ line: 1, column: 1 }],
    },
    {
      name: "resolver maps without dir or type",
      config: 'resolver: { type: full }\naccount_resolver: { dir: "./jwt" }\n',
      findings: [
        { line: 1, column: 1 },
        { line: 2, column: 1 },
      ],
    },
    {
      name: "memory resolver map before 2.9.21",
      serverVersion: "2.9.10",
      config: 'resolver: { type: mem }\naccount_resolver: { type: MEMORY, dir: "./jwt" }\n',
      findings: [
        { line: 1, column: 1 },
        { line: 2, column: 21 },
      ],
    },
    {
      name: "options of the other directory resolver",
      config:
        'resolver: { type: cache, dir: "./cache", interval: "1m", allow_delete: true, hard_delete: false }\naccount_resolver: { type: full, dir: "./jwt", ttl: "1h", hard_delete: true }\n',
      findings: [
        { line: 1, column: 42 },
        { line: 1, column: 58 },
        { line: 1, column: 78 },
        { line: 2, column: 47 },
        { line: 2, column: 58 },
      ],
    },
    {
      name: "preloads that are not account JWTs",
      config: `resolver: MEMORY\nresolver_preload: {\n  A1: "notajwt"\n  A2: { jwt: x }\n  A3: "${OPERATOR_JWT}"\n  A4: "${USER_SIGNED_ACCOUNT_JWT}"\n}\n`,
      findings: [
        { line: 3, column: 3 },
        { line: 4, column: 3 },
        { line: 5, column: 3 },
        { line: 6, column: 3 },
      ],
    },
  ],
};
export default cases;
