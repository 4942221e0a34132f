// Checks of the operator and account JWTs that a config names. They follow
// Decode, DecodeOperatorClaims and DecodeAccountClaims of github.com/nats-io/jwt/v2
// (v2.3.0 in nats-server 2.9.10, v2.8.2 in 2.14). A valid JWT has three base64url
// parts: a header with type JWT and an ed25519 algorithm, claims of the expected
// kind, and an ed25519 signature by the issuer's nkey. Messages never quote the token.

import { createPublicKey, verify } from "node:crypto";

import { publicKeyBytes, type NkeyKind } from "./nkeys.js";

export type JwtKind = "operator" | "account";

/** Kinds of nkey that may sign each kind of JWT (ExpectedPrefixes of the claims). */
const ISSUER_KINDS: Readonly<Record<JwtKind, readonly NkeyKind[]>> = {
  operator: ["operator"],
  account: ["account", "operator"],
};

/** Claim kinds that messages may name; others are text from the token, which messages leave out. */
const KNOWN_KINDS: ReadonlySet<string> = new Set(["operator", "account", "user", "activation"]);

/** The newest claims version that the library reads (libVersion). */
const LIBRARY_VERSION = 2;

/** The prefix that marks an operator string as an inline JWT rather than a file name. */
export const JWT_PREFIX = "eyJ";

/**
 * Decodes unpadded base64url as Go's base64.RawURLEncoding does: it skips
 * line breaks and rejects padding and other characters.
 */
function decodeBase64Url(text: string): Buffer | undefined {
  const clean = text.replace(/[\r\n]/g, "");
  if (!/^[A-Za-z0-9_-]*$/.test(clean) || clean.length % 4 === 1) return undefined;
  return Buffer.from(clean, "base64url");
}

type JsonObject = Record<string, unknown>;

/** Parses base64url-encoded JSON that Go can unmarshal into a struct: an object or null. */
function decodeJson(text: string): JsonObject | undefined {
  const bytes = decodeBase64Url(text);
  if (bytes === undefined) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(bytes.toString("utf8"));
  } catch {
    return undefined;
  }
  if (parsed === null) return {};
  return typeof parsed === "object" && !Array.isArray(parsed) ? (parsed as JsonObject) : undefined;
}

/**
 * Returns a field the way encoding/json fills a struct field: keys match
 * without case, and the last matching key wins.
 */
function field(object: JsonObject, name: string): unknown {
  let found: unknown;
  for (const [key, value] of Object.entries(object)) {
    if (key.toLowerCase() === name) found = value;
  }
  return found;
}

/** Returns a string field, "" when absent or null, or undefined when Go cannot unmarshal it. */
function stringField(object: JsonObject, name: string): string | undefined {
  const value = field(object, name);
  if (value === undefined || value === null) return "";
  return typeof value === "string" ? value : undefined;
}

function headerProblem(text: string): string | undefined {
  const header = decodeJson(text);
  if (header === undefined) return "its header is not base64url-encoded JSON";
  const type = stringField(header, "typ");
  const algorithm = stringField(header, "alg")?.toLowerCase();
  if (type?.toUpperCase() !== "JWT") return 'its header type is not "JWT"';
  if (algorithm !== "ed25519" && algorithm !== "ed25519-nkey")
    return "its header names an algorithm other than ed25519";
  return undefined;
}

interface Claims {
  kind: string;
  /** 1 for the old claims layout, which signs only the claims part. */
  version: number;
  issuer: string;
}

/** Reads the claim kind, version and issuer as the library's identifier type does. */
function readClaims(text: string): Claims | string {
  const claims = decodeJson(text);
  if (claims === undefined) return "its claims are not base64url-encoded JSON";
  const oldKind = stringField(claims, "type");
  const issuer = stringField(claims, "iss");
  const natsField = field(claims, "nats") ?? null;
  if (oldKind === undefined || issuer === undefined) return "its claims do not decode";
  if (typeof natsField !== "object" || Array.isArray(natsField)) return "its claims do not decode";
  const nats = (natsField ?? {}) as JsonObject;
  const newKind = stringField(nats, "type");
  const version = field(nats, "version") ?? 0;
  if (newKind === undefined || typeof version !== "number" || !Number.isInteger(version))
    return "its claims do not decode";
  if (oldKind !== "") return { kind: oldKind, version: 1, issuer };
  return { kind: newKind, version, issuer };
}

/** Verifies an ed25519 signature with the key bytes of a public nkey. */
function signatureVerifies(key: Uint8Array, payload: string, signature: Buffer): boolean {
  try {
    const publicKey = createPublicKey({
      key: { kty: "OKP", crv: "Ed25519", x: Buffer.from(key).toString("base64url") },
      format: "jwk",
    });
    return verify(null, Buffer.from(payload, "utf8"), publicKey, signature);
  } catch {
    // A key of the wrong length, on which Go's ed25519 panics: the config fails too.
    return false;
  }
}

/**
 * Returns why `token` is not a JWT of `kind` that nats-server accepts, or
 * undefined when it is. The reason reads after "the JWT", as in "the JWT holds
 * account claims, not operator claims".
 *
 * NOTE: the claims are not checked field by field, so a claim of the wrong JSON
 * type, which the library fails to unmarshal, passes here.
 */
export function jwtProblem(token: string, kind: JwtKind): string | undefined {
  const parts = token.split(".");
  if (parts.length !== 3) return "is not a JWT: it does not have three dot-separated parts";
  const [headerText, claimsText, signatureText] = parts as [string, string, string];
  const header = headerProblem(headerText);
  if (header !== undefined) return `is not a valid JWT: ${header}`;
  const claims = readClaims(claimsText);
  if (typeof claims === "string") return `is not a valid JWT: ${claims}`;
  if (claims.version > LIBRARY_VERSION) return "has a claims version newer than the server reads";
  if (claims.kind !== kind) {
    const found = KNOWN_KINDS.has(claims.kind) ? `${claims.kind} claims` : "claims of another kind";
    return `holds ${found}, not ${kind} claims`;
  }
  // The library verifies the signature before it checks the issuer's kind;
  // both failures reject the JWT, so the order only changes the message.
  const key = ISSUER_KINDS[kind]
    .map((issuerKind) => publicKeyBytes(claims.issuer, issuerKind))
    .find((bytes) => bytes !== undefined);
  if (key === undefined)
    return `has an issuer that is not a public ${ISSUER_KINDS[kind].join(" or ")} nkey`;
  const signature = decodeBase64Url(signatureText);
  if (signature === undefined) return "is not a valid JWT: its signature is not base64url";
  // The old claims layout signs the claims part alone, the current one the header and claims.
  const payload = claims.version <= 1 ? claimsText : `${headerText}.${claimsText}`;
  if (!signatureVerifies(key, payload, signature))
    return "has a signature that its issuer's key does not verify";
  return undefined;
}

/**
 * Returns the JWT inside `contents` the way jwt.ParseDecoratedJWT does: the
 * first block between two dashed lines, such as those nsc writes, or else the
 * whole text.
 */
export function undecoratedJwt(contents: string): string {
  const match = /\s*(?:-{3,}.*-{3,}\r?\n)([\w\-.=]+)(?:\r?\n-{3,}.*-{3,}(?:\r?\n|$))/.exec(
    contents,
  );
  return match === null ? contents : match[1]!;
}
