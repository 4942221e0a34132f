// UTF-8 decoding with Go's error handling: each byte that does not start a valid
// sequence becomes one U+FFFD (utf8.DecodeRune returns RuneError with width 1).
// The WHATWG decoder behind TextDecoder replaces maximal subparts instead, which
// gives fewer replacement characters for truncated sequences.

const REPLACEMENT = 0xfffd;

export interface DecodedText {
  text: string;
  /** Byte offset of the first byte that was not valid UTF-8, or -1. */
  firstInvalidByte: number;
  /** Offset in `text` of the U+FFFD that replaced that byte, or -1. */
  firstInvalidOffset: number;
}

/** Returns the length of the valid sequence that starts at `index`, or 0. */
function sequenceLength(bytes: Uint8Array, index: number): number {
  const lead = bytes[index]!;
  if (lead < 0x80) return 1;
  let length: number;
  let low = 0x80;
  let high = 0xbf;
  if (lead >= 0xc2 && lead <= 0xdf) {
    length = 2;
  } else if (lead >= 0xe0 && lead <= 0xef) {
    length = 3;
    if (lead === 0xe0) low = 0xa0;
    if (lead === 0xed) high = 0x9f;
  } else if (lead >= 0xf0 && lead <= 0xf4) {
    length = 4;
    if (lead === 0xf0) low = 0x90;
    if (lead === 0xf4) high = 0x8f;
  } else {
    return 0;
  }
  if (index + length > bytes.length) return 0;
  const second = bytes[index + 1]!;
  if (second < low || second > high) return 0;
  for (let k = 2; k < length; k++) {
    const next = bytes[index + k]!;
    if (next < 0x80 || next > 0xbf) return 0;
  }
  return length;
}

/** Decodes bytes as Go reads them, one U+FFFD per invalid byte. */
export function decodeUtf8(bytes: Uint8Array): DecodedText {
  let firstInvalidByte = -1;
  let firstInvalidOffset = -1;
  let textLength = 0;
  const chunks: string[] = [];
  let runStart = 0;
  let index = 0;
  while (index < bytes.length) {
    if (bytes[index]! < 0x80) {
      index++;
      continue;
    }
    const length = sequenceLength(bytes, index);
    if (length > 0) {
      index += length;
      continue;
    }
    const valid = Buffer.from(bytes.buffer, bytes.byteOffset + runStart, index - runStart).toString(
      "utf8",
    );
    textLength += valid.length;
    if (firstInvalidByte < 0) {
      firstInvalidByte = index;
      firstInvalidOffset = textLength;
    }
    chunks.push(valid, String.fromCharCode(REPLACEMENT));
    textLength += 1;
    index++;
    runStart = index;
  }
  if (firstInvalidByte < 0) {
    return {
      text: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString("utf8"),
      firstInvalidByte,
      firstInvalidOffset,
    };
  }
  chunks.push(
    Buffer.from(bytes.buffer, bytes.byteOffset + runStart, bytes.length - runStart).toString(
      "utf8",
    ),
  );
  return { text: chunks.join(""), firstInvalidByte, firstInvalidOffset };
}
