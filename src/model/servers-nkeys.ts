// NATS nkeys as nats-server validates them: base32 (RFC 4648, no padding) of a
// prefix, a 32-byte ed25519 key and a little-endian CRC-16 (polynomial 0x1021,
// initial value 0) of everything before it. Written from the nkeys format
// description; the checks match nkeys.IsValidPublicAccountKey and
// nkeys.DecodeSeed followed by a user-prefix check.

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

/** Prefix bytes of the key types nats-server configs use. */
const PREFIX_ACCOUNT = 0 << 3;
const PREFIX_USER = 20 << 3;
const PREFIX_SEED = 18 << 3;

const KEY_LENGTH = 32;

function decodeBase32(text: string): Uint8Array | undefined {
  const bytes: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const character of text) {
    const index = ALPHABET.indexOf(character);
    if (index < 0) return undefined;
    buffer = (buffer << 5) | index;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((buffer >> bits) & 0xff);
    }
  }
  // Five or more bits left over means a length that no byte count encodes to.
  if (bits >= 5) return undefined;
  return Uint8Array.from(bytes);
}

function crc16(bytes: Uint8Array): number {
  let crc = 0;
  for (const byte of bytes) {
    crc ^= byte << 8;
    for (let bit = 0; bit < 8; bit++) {
      crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
    }
  }
  return crc;
}

/** Decodes a key and checks its checksum; returns the bytes without the checksum. */
function decodeChecked(text: string): Uint8Array | undefined {
  const raw = decodeBase32(text);
  if (raw === undefined || raw.length < 4) return undefined;
  const body = raw.subarray(0, raw.length - 2);
  const stored = raw[raw.length - 2]! | (raw[raw.length - 1]! << 8);
  return crc16(body) === stored ? body : undefined;
}

/** True for a public account nkey: 56 characters starting with A. */
export function isPublicAccountKey(text: string): boolean {
  const body = decodeChecked(text);
  return body !== undefined && body.length === 1 + KEY_LENGTH && body[0] === PREFIX_ACCOUNT;
}

/** True for a user seed: 58 characters starting with SU. */
export function isUserSeed(text: string): boolean {
  const body = decodeChecked(text);
  if (body === undefined || body.length !== 2 + KEY_LENGTH) return false;
  if ((body[0]! & 0xf8) !== PREFIX_SEED) return false;
  const keyType = ((body[0]! & 0x07) << 5) | ((body[1]! & 0xf8) >> 3);
  return keyType === PREFIX_USER;
}
