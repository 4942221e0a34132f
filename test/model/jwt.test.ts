// Checks jwtProblem against JWTs made with node:crypto. The expected verdicts
// follow Decode of github.com/nats-io/jwt/v2 (v2.3.0 to v2.8.2), and the
// malformed and v1 cases were also checked with nats-server -t 2.9.10.

import { describe, expect, test } from "vitest";

import { jwtProblem, undecoratedJwt } from "../../src/model/jwt.js";
import { createNkey, signJwt } from "../support/jwt.js";

const operator = createNkey("operator");
const account = createNkey("account");
const OPERATOR_JWT = signJwt(operator, operator.publicKey, "operator");

describe("jwtProblem", () => {
  test("accepts operator JWTs of both layouts", () => {
    expect(jwtProblem(OPERATOR_JWT, "operator")).toBeUndefined();
    expect(
      jwtProblem(signJwt(operator, operator.publicKey, "operator", { layout: "v1" }), "operator"),
    ).toBeUndefined();
  });

  test("accepts account JWTs signed by operator or account", () => {
    expect(jwtProblem(signJwt(operator, account.publicKey, "account"), "account")).toBeUndefined();
    expect(jwtProblem(signJwt(account, account.publicKey, "account"), "account")).toBeUndefined();
  });

  test("accepts line breaks that base64 decoding skips", () => {
    expect(jwtProblem(`${OPERATOR_JWT}\n`, "operator")).toBeUndefined();
    expect(jwtProblem(`${OPERATOR_JWT}\r\n`, "operator")).toBeUndefined();
  });

  test("rejects text that is not three parts", () => {
    expect(jwtProblem("notajwt", "account")).toMatch(/three dot-separated parts/);
    expect(jwtProblem(`${OPERATOR_JWT}.x`, "operator")).toMatch(/three dot-separated parts/);
  });

  test("rejects padding and foreign characters", () => {
    const [header, claims, signature] = OPERATOR_JWT.split(".");
    expect(jwtProblem(`${header}=.${claims}.${signature}`, "operator")).toMatch(/header/);
    expect(jwtProblem(`${header}.${claims}.${signature}+`, "operator")).toMatch(/signature/);
  });

  test("rejects headers of other algorithms", () => {
    const hmac = signJwt(operator, operator.publicKey, "operator", {
      header: { typ: "JWT", alg: "HS256" },
    });
    expect(jwtProblem(hmac, "operator")).toMatch(/algorithm/);
    const untyped = signJwt(operator, operator.publicKey, "operator", {
      header: { alg: "ed25519-nkey" },
    });
    expect(jwtProblem(untyped, "operator")).toMatch(/type/);
  });

  test("rejects claims of another kind", () => {
    expect(jwtProblem(OPERATOR_JWT, "account")).toBe("holds operator claims, not account claims");
    const odd = signJwt(operator, operator.publicKey, "secret-kind");
    expect(jwtProblem(odd, "operator")).toBe("holds claims of another kind, not operator claims");
  });

  test("rejects a newer claims version", () => {
    const newer = signJwt(operator, operator.publicKey, "operator", {
      extraClaims: { nats: { type: "operator", version: 3 } },
    });
    expect(jwtProblem(newer, "operator")).toMatch(/newer/);
  });

  test("rejects issuers of the wrong kind", () => {
    const byAccount = signJwt(account, operator.publicKey, "operator");
    expect(jwtProblem(byAccount, "operator")).toMatch(/issuer/);
  });

  test("rejects a signature by another key", () => {
    const other = createNkey("operator");
    const forged = signJwt(other, operator.publicKey, "operator", {
      extraClaims: { iss: operator.publicKey },
    });
    expect(jwtProblem(forged, "operator")).toMatch(/signature/);
    expect(jwtProblem(`\n${OPERATOR_JWT}`, "operator")).toMatch(/signature/);
  });
});

describe("undecoratedJwt", () => {
  test("takes the JWT between dashed lines", () => {
    const file = `-----BEGIN NATS OPERATOR JWT-----\n${OPERATOR_JWT}\n------END NATS OPERATOR JWT------\n`;
    expect(undecoratedJwt(file)).toBe(OPERATOR_JWT);
  });

  test("returns undecorated text whole", () => {
    expect(undecoratedJwt(`${OPERATOR_JWT}\n`)).toBe(`${OPERATOR_JWT}\n`);
  });
});
