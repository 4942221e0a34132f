// Reads user names that name a certificate identity: an RFC 4514 / RFC 2253
// distinguished name, an email address, a URI or a DNS name. With
// verify_and_map, nats-server looks such names up from the client certificate
// (email SANs, DNS SANs, URI SANs, then the subject DN).

export interface AttributeValue {
  type: string;
  value: string;
}

/** A relative distinguished name: one or more attributes joined by `+`. */
export type Rdn = AttributeValue[];

const UTF8_ENCODER = new TextEncoder();
const UTF8_DECODER = new TextDecoder();

/**
 * Parses a user name as a distinguished name the way nats-server does before
 * comparing it with a certificate subject (internal/ldap ParseDN, unchanged
 * from v2.2.0 to v2.14). Returns null where the server fails to parse it.
 *
 * The server's parser accepts any attribute type and has quirks that this
 * function keeps: unescaped leading and trailing spaces are dropped, a second
 * `=` starts a new type (`CN=a=b` is type `a`, value `b`), a value starting
 * with `#` is rejected, and a last attribute with an empty value is dropped
 * together with its RDN (`O=b,CN=` has one RDN). The empty name has no RDNs.
 */
export function parseDnUserName(text: string): Rdn[] | null {
  const rdns: Rdn[] = [];
  let rdn: Rdn = [];
  let type = "";
  const bytes = UTF8_ENCODER.encode(text);
  // The bytes of the type or value being read; escapes only shorten the text.
  const buffer = new Uint8Array(bytes.length);
  let length = 0;
  let trailingSpaces = 0;

  const takeBuffer = (): string => {
    const end = length - trailingSpaces;
    length = 0;
    trailingSpaces = 0;
    // NOTE: bytes that are not UTF-8 (made by hex escapes) decode to U+FFFD, so two
    // names that differ only in such bytes compare equal here but not in the server.
    return UTF8_DECODER.decode(buffer.subarray(0, end));
  };

  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i]!;
    if (byte === BACKSLASH) {
      const escaped = readEscape(bytes, i + 1);
      if (escaped === null) return null;
      buffer[length++] = escaped.byte;
      trailingSpaces = 0;
      i = escaped.next - 1;
    } else if (byte === EQUALS) {
      type = takeBuffer();
      // A value written as #hex is BER-encoded, which the server does not support.
      if (bytes[i + 1] === HASH) return null;
    } else if (byte === COMMA || byte === PLUS) {
      if (type === "") return null;
      rdn.push({ type, value: takeBuffer() });
      type = "";
      if (byte === COMMA) {
        rdns.push(rdn);
        rdn = [];
      }
    } else if (byte === SPACE && length === 0) {
      continue;
    } else {
      buffer[length++] = byte;
      trailingSpaces = byte === SPACE ? trailingSpaces + 1 : 0;
    }
  }

  if (length > 0) {
    if (type === "") return null;
    rdn.push({ type, value: takeBuffer() });
    rdns.push(rdn);
  }
  return rdns;
}

const BACKSLASH = 0x5c;
const EQUALS = 0x3d;
const HASH = 0x23;
const COMMA = 0x2c;
const PLUS = 0x2b;
const SPACE = 0x20;

/** Characters that a backslash escapes as themselves; anything else starts two hex digits. */
const ESCAPED_AS_IS = new Set(Array.from(' "#+,;<=>\\', (c) => c.charCodeAt(0)));

function readEscape(bytes: Uint8Array, index: number): { byte: number; next: number } | null {
  const first = bytes[index];
  if (first === undefined) return null;
  if (ESCAPED_AS_IS.has(first)) return { byte: first, next: index + 1 };
  const pair = String.fromCharCode(first, bytes[index + 1] ?? 0);
  if (!/^[0-9a-fA-F]{2}$/.test(pair)) return null;
  return { byte: parseInt(pair, 16), next: index + 2 };
}

/**
 * Attribute types, upper-cased, that mark a user name as a DN: the short and
 * long names of the attributes seen in certificate subjects. The server's
 * parser accepts any type, but a name such as `mode=fast` is an ordinary name.
 */
const KNOWN_ATTRIBUTE_TYPES = new Set([
  "CN",
  "COMMONNAME",
  "C",
  "COUNTRYNAME",
  "L",
  "LOCALITYNAME",
  "ST",
  "STATEORPROVINCENAME",
  "STREET",
  "STREETADDRESS",
  "O",
  "ORGANIZATIONNAME",
  "OU",
  "ORGANIZATIONALUNITNAME",
  "POSTALCODE",
  "SERIALNUMBER",
  "DC",
  "DOMAINCOMPONENT",
  "UID",
  "USERID",
  "E",
  "EMAILADDRESS",
  "MAIL",
  "TITLE",
  "GN",
  "GIVENNAME",
  "SN",
  "SURNAME",
  "INITIALS",
  "PSEUDONYM",
  "GENERATIONQUALIFIER",
  "DNQUALIFIER",
  "NAME",
  "BUSINESSCATEGORY",
  "ORGANIZATIONIDENTIFIER",
]);

const OID = /^\d+(\.\d+)+$/;

/** True when an attribute type is a known certificate attribute name or an OID. */
export function isKnownAttributeType(type: string): boolean {
  return KNOWN_ATTRIBUTE_TYPES.has(type.toUpperCase()) || OID.test(type);
}

/**
 * Parses a user name that is meant as a DN, such as `CN=alice, OU=Eng+O=Example`.
 * Returns null when the server cannot parse it, when it has no RDNs, or when an
 * attribute type is not a known certificate attribute or an OID. A caller
 * that has parsed the name with parseDnUserName already passes the result.
 */
export function parseDistinguishedName(
  text: string,
  parsed: Rdn[] | null = parseDnUserName(text),
): Rdn[] | null {
  const rdns = parsed;
  if (rdns === null || rdns.length === 0) return null;
  const known = rdns.every((rdn) => rdn.every((attribute) => isKnownAttributeType(attribute.type)));
  return known ? rdns : null;
}

const EMAIL = /^[^\s@,=]+@[^\s@,=+]+$/;
const URI = /^[a-z][a-z0-9+.-]*:\/\/\S+$/i;
/** A DNS name with at least two labels, optionally with a wildcard first label. */
const HOSTNAME = /^(\*\.)?([a-z0-9]([a-z0-9-]*[a-z0-9])?\.)+[a-z0-9]([a-z0-9-]*[a-z0-9])?\.?$/i;
const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;

export type IdentityKind = "dn" | "email" | "uri";

/**
 * Returns what kind of certificate identity a user name is, or null for a
 * plain name. `parse` lets a caller reuse DNs it has parsed already.
 */
export function classifyIdentity(
  name: string,
  parse: (name: string) => Rdn[] | null = parseDnUserName,
): IdentityKind | null {
  if (URI.test(name)) return "uri";
  if (EMAIL.test(name)) return "email";
  if (name.includes("=") && parseDistinguishedName(name, parse(name)) !== null) return "dn";
  return null;
}

/**
 * Returns "hostname" for a name shaped like a DNS name with a dot
 * (`example.com`, `*.example.com`), "ip" for a dotted IPv4 address, and null
 * otherwise. Plain names without a dot are not treated as DNS names.
 */
export function classifyHostLike(name: string): "hostname" | "ip" | null {
  if (IPV4.test(name)) return "ip";
  if (HOSTNAME.test(name) && !/^[\d.]+$/.test(name)) return "hostname";
  return null;
}

export function describeIdentity(kind: IdentityKind): string {
  switch (kind) {
    case "dn":
      return "a certificate subject DN";
    case "email":
      return "an email address";
    case "uri":
      return "a URI";
  }
}
