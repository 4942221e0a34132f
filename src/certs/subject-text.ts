// Names of subject attribute types, and the text forms of a certificate
// subject: the RFC 4514 string that whois prints, and the `--subject` input.

import { LONG_TYPE_NAMES, OIDS, type Subject, type SubjectAttribute } from "../model/cert-match.js";
import { parseDnUserName, type Rdn } from "../model/identity.js";

/** Attribute types beyond those the server maps, by OID, for printing subjects. */
const OTHER_TYPES: Readonly<Record<string, string>> = {
  UID: "0.9.2342.19200300.100.1.1",
  emailAddress: "1.2.840.113549.1.9.1",
  SN: "2.5.4.4",
  title: "2.5.4.12",
  businessCategory: "2.5.4.15",
  name: "2.5.4.41",
  GN: "2.5.4.42",
  initials: "2.5.4.43",
  generationQualifier: "2.5.4.44",
  dnQualifier: "2.5.4.46",
  pseudonym: "2.5.4.65",
  organizationIdentifier: "2.5.4.97",
};

const NAME_BY_OID = new Map<string, string>(
  [...Object.entries(OIDS), ...Object.entries(OTHER_TYPES)].map(([name, oid]) => [oid, name]),
);

const OID_BY_NAME = new Map<string, string>(
  [...Object.entries(OIDS), ...Object.entries(OTHER_TYPES)].map(([name, oid]) => [
    name.toUpperCase(),
    oid,
  ]),
);

// Long names that certificates and OpenSSL also print.
for (const [alias, name] of [
  ...LONG_TYPE_NAMES,
  ["USERID", "UID"],
  ["E", "EMAILADDRESS"],
  ["SURNAME", "SN"],
  ["GIVENNAME", "GN"],
] as const) {
  OID_BY_NAME.set(alias, OID_BY_NAME.get(name)!);
}

const DOTTED_OID = /^\d+(\.\d+)+$/;

/** Returns the short name of an attribute type, or its dotted OID when it has none. */
export function attributeTypeName(oid: string): string {
  return NAME_BY_OID.get(oid) ?? oid;
}

/** Returns the OID of an attribute type name (any case) or dotted OID; undefined when unknown. */
export function attributeTypeOid(type: string): string | undefined {
  if (DOTTED_OID.test(type)) return type;
  return OID_BY_NAME.get(type.toUpperCase());
}

/** Matches the characters that an RFC 4514 value escapes anywhere. `=` is escaped too, see below. */
const SPECIAL = /[,+"\\<>;=]/;

/**
 * Escapes an attribute value for RFC 4514. The server's DN parser reads a
 * second `=` as the start of a new type, so `=` is escaped as well.
 */
export function escapeDnValue(value: string): string {
  let escaped = "";
  const chars = [...value];
  chars.forEach((char, index) => {
    const first = index === 0;
    const last = index === chars.length - 1;
    const escape =
      SPECIAL.test(char) || (char === " " && (first || last)) || (char === "#" && first);
    escaped += escape ? `\\${char}` : char;
  });
  return escaped;
}

/** Writes RDNs in the order given, as `TYPE=value` joined by `+` within an RDN and `,` between. */
export function formatRdns(rdns: readonly Rdn[], separator = ","): string {
  return rdns
    .map((rdn) => rdn.map((a) => `${a.type}=${escapeDnValue(a.value)}`).join("+"))
    .join(separator);
}

/**
 * Returns a subject in RFC 4514 order (last RDN first), with the attributes of
 * a multi-valued RDN reversed too, as the server orders them for its DN
 * comparison. Types the server does not map keep their short name or OID.
 */
export function subjectToRdns(subject: Subject): Rdn[] {
  return [...subject]
    .reverse()
    .filter((rdn) => rdn.length > 0)
    .map((rdn) =>
      [...rdn].reverse().map((a) => ({ type: attributeTypeName(a.oid), value: a.value })),
    );
}

/** Returns a subject as an RFC 4514 string, such as `CN=alice,OU=Eng,O=Example`. */
export function formatSubject(subject: Subject): string {
  return formatRdns(subjectToRdns(subject));
}

/** An invalid `--subject` value; the message shows the accepted forms. */
export class SubjectSyntaxError extends Error {}

/**
 * Parses a subject given on the command line. Text that starts with `/` is
 * OpenSSL's `-subj` form, in certificate order (`/O=Example/CN=alice`).
 * Anything else is RFC 4514 form, most specific RDN first
 * (`CN=alice, O=Example`), as `openssl x509 -nameopt RFC2253` prints it.
 * Both forms join the attributes of a multi-valued RDN with `+`.
 */
export function parseSubjectText(text: string): Subject {
  const trimmed = text.trim();
  if (trimmed === "") throw new SubjectSyntaxError("--subject is empty");
  if (trimmed.startsWith("/")) return parseSlashForm(trimmed);
  const rdns = parseDnUserName(trimmed);
  if (rdns === null || rdns.length === 0) {
    throw new SubjectSyntaxError(
      `--subject "${text}" is not a distinguished name; write it as "CN=alice,O=Example" or "/O=Example/CN=alice"`,
    );
  }
  return [...rdns].reverse().map((rdn) => derOrder(rdn.map(toAttribute)));
}

/**
 * Sorts the attributes of a multi-valued RDN roughly as DER sorts a SET OF:
 * shorter encodings first, then by OID and value. Only Go's string form shows
 * the order, because the server's DN comparison ignores it.
 */
function derOrder(rdn: SubjectAttribute[]): SubjectAttribute[] {
  const size = (a: SubjectAttribute) => a.oid.length + Buffer.byteLength(a.value);
  return [...rdn].sort(
    (a, b) => size(a) - size(b) || compareText(a.oid, b.oid) || compareText(a.value, b.value),
  );
}

function compareText(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

function parseSlashForm(text: string): Subject {
  return splitUnescaped(text.slice(1), "/")
    .filter((part) => part !== "")
    .map((rdn) =>
      splitUnescaped(rdn, "+").map((pair) => {
        const equals = pair.indexOf("=");
        if (equals <= 0) {
          throw new SubjectSyntaxError(`--subject has "${pair}", which is not TYPE=value`);
        }
        const value = pair.slice(equals + 1).replace(/\\(.)/g, "$1");
        return toAttribute({ type: pair.slice(0, equals).trim(), value });
      }),
    )
    .map(derOrder);
}

/** Splits at `separator` where no backslash escapes it; the escapes stay in the parts. */
function splitUnescaped(text: string, separator: string): string[] {
  const parts: string[] = [];
  let current = "";
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (char === "\\" && i + 1 < text.length) {
      current += char + text[++i]!;
    } else if (char === separator) {
      parts.push(current);
      current = "";
    } else {
      current += char;
    }
  }
  parts.push(current);
  return parts;
}

function toAttribute(attribute: { type: string; value: string }): SubjectAttribute {
  const oid = attributeTypeOid(attribute.type);
  if (oid === undefined) {
    throw new SubjectSyntaxError(
      `--subject has the attribute type "${attribute.type}", which natsconf does not know; write its dotted OID instead`,
    );
  }
  return { oid, value: attribute.value };
}
