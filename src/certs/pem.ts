// Splits PEM text into its blocks. Like Go's encoding/pem, which nats-server
// uses, a block must start at the beginning of a line, end with the matching
// END line, and hold valid base64; other blocks are skipped.

export interface PemBlock {
  /** The label between BEGIN and the dashes, such as "CERTIFICATE". */
  type: string;
  /** True when the block has RFC 1421 headers, such as Proc-Type for encrypted keys. */
  hasHeaders: boolean;
  der: Buffer;
}

const BLOCK = /^-----BEGIN ([^\r\n]*?)-----[ \t]*\r?\n([\s\S]*?)^-----END \1-----/gm;
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

export function splitPem(text: string): PemBlock[] {
  const blocks: PemBlock[] = [];
  for (const match of text.matchAll(BLOCK)) {
    const type = match[1]!;
    let body = match[2]!;
    // Headers are "Name: value" lines, ended by an empty line.
    const firstLine = body.slice(0, body.indexOf("\n") + 1);
    const hasHeaders = firstLine.includes(":");
    if (hasHeaders) {
      const end = body.search(/\r?\n\r?\n/);
      if (end < 0) continue;
      body = body.slice(end).trimStart();
    }
    const base64 = body.replace(/\s+/g, "");
    if (!BASE64.test(base64)) continue;
    blocks.push({ type, hasHeaders, der: Buffer.from(base64, "base64") });
  }
  return blocks;
}
