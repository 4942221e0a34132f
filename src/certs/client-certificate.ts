// Reads the names that nats-server's verify_and_map looks at from a client
// certificate: the subject as an ordered sequence of RDNs, and the email, DNS,
// URI and IP SANs. pkijs and asn1js decode the DER. They are imported only
// when a certificate is read, so commands that never read one stay fast.

import type { CertificateNames, Subject, SubjectAttribute } from "../model/cert-match.js";
import { goUrlString } from "../model/urls.js";
import { goIpSanError, goSanError, type SanType } from "./go-san-check.js";

/** A client certificate's names, with the IP SANs that mapping never reads. */
/**
 * Returns a URI SAN as nats-server compares it. A URI that Go's url.Parse
 * rejects makes Go reject the whole certificate; it stays as written here.
 */
export function uriAsGoWrites(uri: string): string {
  return goUrlString(uri) ?? uri;
}

export interface ClientCertificate extends CertificateNames {
  emails: string[];
  dnsNames: string[];
  uris: string[];
  ipAddresses: string[];
  /**
   * The reason Go's crypto/x509, and so nats-server, cannot parse the certificate: its
   * first bad SAN. Null when Go parses it. The server fails the TLS handshake otherwise.
   */
  goParseError: string | null;
}

/** A certificate file that could not be read or decoded; the message names the file. */
export class CertificateError extends Error {}

const PEM_BLOCK = /-----BEGIN CERTIFICATE-----([A-Za-z0-9+/=\s]*)-----END CERTIFICATE-----/;
const SUBJECT_ALT_NAME = "2.5.29.17";
const GENERAL_NAME = { email: 1, dns: 2, uri: 6, ip: 7 } as const;

/**
 * Decodes the first certificate of a PEM file, or a DER certificate. The
 * server uses only the first (leaf) certificate a client sends, so a chain
 * file gives the same result. `label` names the input in error messages.
 */
export async function readClientCertificate(
  bytes: Uint8Array,
  label: string,
): Promise<ClientCertificate> {
  const der = toDer(bytes, label);
  const [pkijs, asn1js] = await Promise.all([import("pkijs"), import("asn1js")]);
  const decoded = asn1js.fromBER(der);
  if (decoded.offset === -1)
    throw new CertificateError(`${label} is neither a PEM nor a DER certificate`);
  let certificate: InstanceType<typeof pkijs.Certificate>;
  try {
    certificate = new pkijs.Certificate({ schema: decoded.result });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new CertificateError(`${label} is not an X.509 certificate (${reason})`);
  }

  // pkijs lists the subject's attributes without their RDN grouping, so the
  // Name is decoded again from its DER to keep multi-valued RDNs together.
  const name = asn1js.fromBER(certificate.subject.valueBeforeDecode);
  if (!(name.result instanceof asn1js.Sequence))
    throw new CertificateError(`${label} has a subject that is not a SEQUENCE`);
  const subject: Subject = name.result.valueBlock.value.map((set) => {
    if (!(set instanceof asn1js.Set))
      throw new CertificateError(`${label} has a subject RDN that is not a SET`);
    return set.valueBlock.value.map((element): SubjectAttribute => {
      const attribute = new pkijs.AttributeTypeAndValue({ schema: element });
      return { oid: attribute.type, value: attributeText(attribute.value) };
    });
  });

  const result: ClientCertificate = {
    emails: [],
    dnsNames: [],
    uris: [],
    ipAddresses: [],
    subject,
    goParseError: null,
  };
  // Go stops at the first SAN it cannot parse, so only that one is reported.
  const fail = (error: string | undefined) => {
    result.goParseError ??= error ?? null;
  };
  for (const extension of certificate.extensions ?? []) {
    if (extension.extnID !== SUBJECT_ALT_NAME) continue;
    const altNames = extension.parsedValue as InstanceType<typeof pkijs.AltName> | undefined;
    for (const general of altNames?.altNames ?? []) {
      const type = SAN_TYPES.get(general.type);
      if (type !== undefined) {
        // asn1js reads an IA5String one character per byte; the bytes are UTF-8 at best.
        const text = Buffer.from(String(general.value), "latin1").toString("utf8");
        fail(goSanError(type, text));
        if (type === "email") result.emails.push(text);
        else if (type === "dns") result.dnsNames.push(text);
        // The server compares Go's url.URL.String() of the URI: the scheme in
        // lower case, and the path escaped again where needed.
        else result.uris.push(uriAsGoWrites(text));
      } else if (general.type === GENERAL_NAME.ip) {
        fail(goIpSanError(ipBytes(general.value).length));
        result.ipAddresses.push(ipText(general.value));
      }
    }
  }
  return result;
}

const SAN_TYPES = new Map<number, SanType>([
  [GENERAL_NAME.email, "email"],
  [GENERAL_NAME.dns, "dns"],
  [GENERAL_NAME.uri, "uri"],
]);

/** Returns the DER of the first PEM certificate in `bytes`, or `bytes` when it is not PEM. */
function toDer(bytes: Uint8Array, label: string): ArrayBuffer {
  const text = Buffer.from(bytes).toString("latin1");
  if (text.includes("-----BEGIN")) {
    const match = PEM_BLOCK.exec(text);
    if (match === null) throw new CertificateError(`${label} has no PEM block "BEGIN CERTIFICATE"`);
    const der = Buffer.from(match[1]!.replace(/\s+/g, ""), "base64");
    return der.buffer.slice(der.byteOffset, der.byteOffset + der.byteLength);
  }
  if (bytes.length === 0) throw new CertificateError(`${label} is empty`);
  const copy = new Uint8Array(bytes);
  return copy.buffer;
}

interface StringBlock {
  valueBlock?: { value?: unknown; valueHexView?: Uint8Array };
}

/** Returns an attribute value as text; a value that is not a string type becomes `#` and hex. */
function attributeText(value: unknown): string {
  const block = (value as StringBlock).valueBlock;
  if (typeof block?.value === "string") return block.value;
  const hex = Buffer.from(block?.valueHexView ?? new Uint8Array()).toString("hex");
  return `#${hex}`;
}

function ipBytes(value: unknown): Buffer {
  return Buffer.from((value as StringBlock).valueBlock?.valueHexView ?? new Uint8Array());
}

/** Formats an IP SAN, which the certificate stores as 4 or 16 bytes. */
function ipText(value: unknown): string {
  const bytes = ipBytes(value);
  if (bytes.length === 4) return [...bytes].join(".");
  if (bytes.length === 16) {
    const groups: string[] = [];
    for (let i = 0; i < 16; i += 2) groups.push(bytes.readUInt16BE(i).toString(16));
    // The URL parser writes the address in its shortest form, such as ::1.
    return new URL(`http://[${groups.join(":")}]/`).hostname.slice(1, -1);
  }
  return bytes.toString("hex");
}
