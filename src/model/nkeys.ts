// Checks of public nkeys: base32 text (RFC 4648 alphabet, no padding) whose
// decoded bytes are a type byte, the key, and a CRC-16/XMODEM checksum of the
// bytes before it, little-endian. nats-server validates keys this way through
// the nkeys library (IsValidPublicUserKey and friends, nkeys v0.3 to v0.4).

/** Kinds of public nkey, by the letter their text starts with. */
export type NkeyKind = "user" | "account" | "operator" | "server" | "cluster" | "curve";

/** The type byte of each kind: the letter's base32 value shifted left by 3. */
const TYPE_BYTES: Readonly<Record<NkeyKind, number>> = {
  account: 0 << 3,
  cluster: 2 << 3,
  server: 13 << 3,
  operator: 14 << 3,
  user: 20 << 3,
  curve: 23 << 3,
};

const SEED_TYPE_BYTE = 18 << 3;
const PRIVATE_TYPE_BYTE = 15 << 3;

const BASE32_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

/** Decodes unpadded base32; returns undefined for text Go's decoder rejects. */
function decodeBase32(text: string): Uint8Array | undefined {
  // Go rejects a final group of 1, 3 or 6 characters: it cannot end on a byte.
  if ([1, 3, 6].includes(text.length % 8)) return undefined;
  const bytes: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const char of text) {
    const digit = BASE32_ALPHABET.indexOf(char);
    if (digit < 0) return undefined;
    buffer = ((buffer << 5) | digit) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((buffer >> bits) & 0xff);
    }
  }
  return Uint8Array.from(bytes);
}

/** CRC-16/XMODEM: polynomial 0x1021, initial value 0, no reflection. */
export function crc16Xmodem(data: Uint8Array): number {
  let crc = 0;
  for (const byte of data) {
    crc ^= byte << 8;
    for (let bit = 0; bit < 8; bit++) {
      crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
    }
  }
  return crc;
}

/**
 * Returns the decoded bytes before the checksum, or undefined when the text is
 * not base32 or the checksum does not match. Like the nkeys library, this does
 * not check the length.
 */
function decodeChecked(text: string): Uint8Array | undefined {
  const raw = decodeBase32(text);
  if (raw === undefined || raw.length < 4) return undefined;
  const body = raw.subarray(0, raw.length - 2);
  const checksum = raw[raw.length - 2]! | (raw[raw.length - 1]! << 8);
  return crc16Xmodem(body) === checksum ? body : undefined;
}

/** True when `text` is a valid public nkey of the given kind. */
export function isValidPublicNkey(text: string, kind: NkeyKind): boolean {
  const body = decodeChecked(text);
  // The type byte keeps its low 3 bits free; the library masks them off.
  return body !== undefined && (body[0]! & 0xf8) === TYPE_BYTES[kind];
}

const KEY_LENGTH = 32;

/**
 * Returns the key bytes of a public nkey of the given kind, or undefined when
 * the text is not one. Like nkeys.FromPublicKey, it does not check the length.
 */
export function publicKeyBytes(text: string, kind: NkeyKind): Uint8Array | undefined {
  const body = decodeChecked(text);
  if (body === undefined || body[0] !== TYPE_BYTES[kind]) return undefined;
  return body.subarray(1);
}

/**
 * True for a public account nkey with a 32-byte key, as leafnode remotes name
 * the local account.
 */
export function isPublicAccountKey(text: string): boolean {
  const body = decodeChecked(text);
  return body !== undefined && body.length === 1 + KEY_LENGTH && body[0] === TYPE_BYTES.account;
}

/**
 * True for a user seed (SU...): a seed type byte whose low bits and the next
 * byte carry the user type, then a 32-byte key. This is nkeys.DecodeSeed
 * followed by the user-type check that leafnode remote credentials need.
 */
export function isUserSeed(text: string): boolean {
  const body = decodeChecked(text);
  if (body === undefined || body.length !== 2 + KEY_LENGTH) return false;
  if ((body[0]! & 0xf8) !== SEED_TYPE_BYTE) return false;
  const keyType = ((body[0]! & 0x07) << 5) | ((body[1]! & 0xf8) >> 3);
  return keyType === TYPE_BYTES.user;
}

/** The kind of text found where a public nkey belongs, used to explain a rejection. */
export type NkeyShape = NkeyKind | "seed" | "private" | "invalid";

/**
 * Classifies text where a public nkey belongs. A valid key of any kind gives
 * that kind, and secret keys give "seed" or "private". Text with a wrong
 * alphabet, checksum or type byte gives "invalid".
 */
export function nkeyShape(text: string): NkeyShape {
  const body = decodeChecked(text);
  if (body === undefined) return "invalid";
  const typeByte = body[0]! & 0xf8;
  if (typeByte === SEED_TYPE_BYTE) return "seed";
  if (typeByte === PRIVATE_TYPE_BYTE) return "private";
  const kind = (Object.keys(TYPE_BYTES) as NkeyKind[]).find(
    (name) => TYPE_BYTES[name] === typeByte,
  );
  return kind ?? "invalid";
}

const SHAPE_NAMES: Readonly<Record<NkeyShape, string>> = {
  user: "a public user nkey (U...)",
  account: "a public account nkey (A...)",
  operator: "a public operator nkey (O...)",
  server: "a public server nkey (N...)",
  cluster: "a public cluster nkey (C...)",
  curve: "a public curve key (X...)",
  seed: "an nkey seed, which is a private key",
  private: "a private nkey",
  invalid: "not a valid nkey (wrong characters, length or checksum)",
};

/** Names the shape of a would-be key for messages, without quoting the key. */
export function describeNkeyShape(shape: NkeyShape): string {
  return SHAPE_NAMES[shape];
}
