// Operator and account nkeys and JWTs for tests, made fresh with node:crypto in
// the layout of github.com/nats-io/jwt/v2: an ed25519-nkey header, claims with a
// `nats` object, and an ed25519 signature over the header and claims.

import { generateKeyPairSync, sign, type KeyObject } from "node:crypto";

import { crc16Xmodem } from "../../src/model/nkeys.js";

const BASE32_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

/** Type bytes of public nkeys: the base32 value of the first letter, shifted left by 3. */
const TYPE_BYTES = { operator: 14 << 3, account: 0, user: 20 << 3 } as const;

export type TestNkeyKind = keyof typeof TYPE_BYTES;

export interface TestNkey {
  publicKey: string;
  privateKey: KeyObject;
}

function encodeBase32(bytes: Uint8Array): string {
  let text = "";
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      text += BASE32_ALPHABET[(buffer >> bits) & 31];
    }
  }
  if (bits > 0) text += BASE32_ALPHABET[(buffer << (5 - bits)) & 31];
  return text;
}

/** Creates an ed25519 key pair and its public nkey text. */
export function createNkey(kind: TestNkeyKind): TestNkey {
  const { publicKey, privateKey } = generateKeyPairSync("ed25519");
  const raw = Buffer.from(publicKey.export({ format: "jwk" }).x!, "base64url");
  const body = Buffer.concat([Buffer.from([TYPE_BYTES[kind]]), raw]);
  const checksum = crc16Xmodem(body);
  const bytes = Buffer.concat([body, Buffer.from([checksum & 0xff, checksum >> 8])]);
  return { publicKey: encodeBase32(bytes), privateKey };
}

function encodeJson(value: object): string {
  return Buffer.from(JSON.stringify(value), "utf8").toString("base64url");
}

export interface JwtOptions {
  /**
   * "v1" writes the claims layout of jwt v1: a top-level type, an "ed25519"
   * header, and a signature over the claims part alone.
   */
  layout?: "v1" | "v2";
  /** Replaces the header. */
  header?: object;
  /** Fields added to the claims, such as a `nats` object with another version. */
  extraClaims?: object;
}

/** Signs a JWT of the given claim kind for `subject`, issued by `issuer`. */
export function signJwt(
  issuer: TestNkey,
  subject: string,
  kind: string,
  options: JwtOptions = {},
): string {
  const v1 = options.layout === "v1";
  const header = encodeJson(
    options.header ?? { typ: v1 ? "jwt" : "JWT", alg: v1 ? "ed25519" : "ed25519-nkey" },
  );
  const claims = encodeJson({
    jti: "TESTJWT",
    iat: 1700000000,
    iss: issuer.publicKey,
    sub: subject,
    name: "test",
    ...(v1 ? { type: kind } : { nats: { type: kind, version: 2 } }),
    ...options.extraClaims,
  });
  const signed = v1 ? claims : `${header}.${claims}`;
  const signature = sign(null, Buffer.from(signed), issuer.privateKey);
  return `${header}.${claims}.${signature.toString("base64url")}`;
}
