// How nats-server picks the user for a client certificate when a listener sets
// verify_and_map (server/auth.go checkClientTLSCertSubject and internal/ldap,
// v2.2.0 to v2.14). The lint rules and `natsconf whois` both call these
// functions, so the two never disagree.
//
// The server tries every email SAN, every DNS SAN and every URI SAN, in that
// order, as exact lookups. Then it compares the subject as a parsed DN with
// every user whose name parses as one. Last it looks up Go's string form of
// the subject, first with the DC attributes appended, then alone.

import { isAtLeast, type ServerVersion } from "../target/version.js";
import { parseDnUserName, type AttributeValue, type Rdn } from "./identity.js";

/** One attribute of a certificate subject, by its dotted OID. */
export interface SubjectAttribute {
  oid: string;
  value: string;
}

/** A certificate subject: its RDNs in the order the certificate encodes them. */
export type Subject = SubjectAttribute[][];

export const OIDS = {
  CN: "2.5.4.3",
  SERIALNUMBER: "2.5.4.5",
  C: "2.5.4.6",
  L: "2.5.4.7",
  ST: "2.5.4.8",
  STREET: "2.5.4.9",
  O: "2.5.4.10",
  OU: "2.5.4.11",
  POSTALCODE: "2.5.4.17",
  DC: "0.9.2342.19200300.100.1.25",
} as const;

export type MappedType = keyof typeof OIDS;

/**
 * Long names of the attribute types that mapping reads, upper-cased, with the
 * short name that the server's DN parser needs. Certificates and OpenSSL print
 * the long names, but the server does not map them.
 */
export const LONG_TYPE_NAMES: ReadonlyMap<string, MappedType> = new Map([
  ["COMMONNAME", "CN"],
  ["COUNTRYNAME", "C"],
  ["LOCALITYNAME", "L"],
  ["STATEORPROVINCENAME", "ST"],
  ["STREETADDRESS", "STREET"],
  ["ORGANIZATIONNAME", "O"],
  ["ORGANIZATIONALUNITNAME", "OU"],
  ["DOMAINCOMPONENT", "DC"],
]);

/**
 * The attribute types that the parsed-DN comparison understands. A certificate
 * whose subject has any other attribute skips that comparison.
 */
export const DN_COMPARISON_TYPES: readonly MappedType[] = Object.keys(OIDS) as MappedType[];

/**
 * The types that survive in Go's string form of a subject, in the order Go
 * collects them. The string lists them in reverse: SERIALNUMBER first, C last.
 */
export const GO_STRING_TYPES: readonly MappedType[] = [
  "C",
  "ST",
  "L",
  "STREET",
  "POSTALCODE",
  "O",
  "OU",
  "CN",
  "SERIALNUMBER",
];

const TYPE_BY_OID = new Map<string, MappedType>(
  DN_COMPARISON_TYPES.map((type) => [OIDS[type], type]),
);

/** Returns the mapped type that a user name's attribute type means, compared without case. */
export function mappedTypeOf(type: string): MappedType | undefined {
  const upper = type.toUpperCase();
  return DN_COMPARISON_TYPES.find((known) => known === upper);
}

// Go compares types with strings.EqualFold. Lower-casing the upper-cased text
// gives the same result for the ASCII names that certificates use.
function sameType(a: string, b: string): boolean {
  return a.toUpperCase().toLowerCase() === b.toUpperCase().toLowerCase();
}

function attributesEqual(a: AttributeValue, b: AttributeValue): boolean {
  return sameType(a.type, b.type) && a.value === b.value;
}

/**
 * True when two RDNs are equal: the same number of attributes, and each
 * attribute of one found in the other. Order does not count. As in the server,
 * `CN=a+CN=a+O=b` equals `CN=a+O=b+O=b`.
 */
export function rdnEqual(a: Rdn, b: Rdn): boolean {
  if (a.length !== b.length) return false;
  const contains = (outer: Rdn, inner: Rdn) =>
    inner.every((attribute) => outer.some((other) => attributesEqual(attribute, other)));
  return contains(a, b) && contains(b, a);
}

/** True when two DNs have equal RDNs in the same order (the server's exact comparison). */
export function dnEqual(a: readonly Rdn[], b: readonly Rdn[]): boolean {
  return a.length === b.length && a.every((rdn, i) => rdnEqual(rdn, b[i]!));
}

/** The first release whose reordered comparison pairs the RDNs one to one. */
export const ONE_TO_ONE_PAIRING_RELEASE = "2.14.0";

/**
 * True when a user's DN matches a certificate's DN in any RDN order, as the
 * target server compares them. Since 2.14.0 each certificate RDN pairs with one
 * user RDN. Before, each user RDN only had to occur somewhere in the
 * certificate, so `CN=x,OU=a,OU=a` matched a certificate `CN=x,OU=a,O=b`.
 */
export function rdnsMatch(
  user: readonly Rdn[],
  cert: readonly Rdn[],
  target: ServerVersion,
): boolean {
  if (user.length !== cert.length) return false;
  if (!isAtLeast(target, ONE_TO_ONE_PAIRING_RELEASE)) {
    return user.every((rdn) => cert.some((other) => rdnEqual(rdn, other)));
  }
  const paired = new Array<boolean>(cert.length).fill(false);
  for (const rdn of user) {
    const index = cert.findIndex((other, i) => !paired[i] && rdnEqual(rdn, other));
    if (index < 0) return false;
    paired[index] = true;
  }
  return true;
}

/**
 * Returns the DN that the server builds from a certificate subject for the
 * parsed-DN comparison: the RDNs in reverse (RFC 4514 order), the attributes of
 * each RDN reversed too. Returns null when an attribute type is not one the
 * comparison understands, because the server then skips the comparison.
 */
export function subjectToDn(subject: Subject): Rdn[] | null {
  const rdns: Rdn[] = [];
  for (const rdn of [...subject].reverse()) {
    if (rdn.length === 0) continue;
    const attributes: Rdn = [];
    for (const attribute of [...rdn].reverse()) {
      const type = TYPE_BY_OID.get(attribute.oid);
      if (type === undefined) return null;
      attributes.push({ type, value: attribute.value });
    }
    rdns.push(attributes);
  }
  return rdns;
}

/**
 * Returns Go's string form of a subject (pkix.Name.ToRDNSequence().String()).
 * Go keeps only the types of GO_STRING_TYPES, puts all values of one type into
 * one RDN joined by `+`, keeps only the last CN, and writes the RDNs in reverse
 * order of GO_STRING_TYPES. DC, UID, emailAddress and other types are dropped.
 */
export function goSubjectString(subject: Subject): string {
  const valuesByType = new Map<MappedType, string[]>();
  for (const rdn of subject) {
    for (const attribute of rdn) {
      const type = TYPE_BY_OID.get(attribute.oid);
      if (type === undefined || type === "DC") continue;
      const values = valuesByType.get(type) ?? [];
      // Go stores a single CommonName and SerialNumber, so a later one replaces an earlier one.
      if (type === "CN" || type === "SERIALNUMBER") values.length = 0;
      values.push(attribute.value);
      valuesByType.set(type, values);
    }
  }
  const rdns: string[] = [];
  for (const type of GO_STRING_TYPES) {
    const values = valuesByType.get(type);
    if (values === undefined) continue;
    // Go leaves out an empty CN or SERIALNUMBER, but keeps empty values of the other types.
    if ((type === "CN" || type === "SERIALNUMBER") && values[0] === "") continue;
    rdns.push(values.map((value) => `${type}=${escapeGoValue(value)}`).join("+"));
  }
  return rdns.reverse().join(",");
}

/** Matches values that escapeGoValue changes; most values need no escape. */
const NEEDS_GO_ESCAPE = /[,+"\\<>;]|^[ #]| $/;

/** Escapes an attribute value as Go's RDNSequence.String does. */
export function escapeGoValue(value: string): string {
  if (!NEEDS_GO_ESCAPE.test(value)) return value;
  let length = 0;
  for (const char of value) length += utf8Length(char);
  let escaped = "";
  let offset = 0;
  for (const char of value) {
    const size = utf8Length(char);
    let escape = `,+"\\<>;`.includes(char);
    if (char === " ") escape = offset === 0 || offset + size === length;
    if (char === "#") escape = offset === 0;
    escaped += escape ? `\\${char}` : char;
    offset += size;
  }
  return escaped;
}

/** Returns the number of bytes UTF-8 takes for one character; a lone surrogate becomes U+FFFD. */
function utf8Length(char: string): number {
  const code = char.codePointAt(0)!;
  if (code < 0x80) return 1;
  if (code < 0x800) return 2;
  return code < 0x10000 ? 3 : 4;
}

/** Returns the subject's DC attributes as `DC=a,DC=b`, in certificate order and unescaped. */
export function subjectDomainComponents(subject: Subject): string {
  const parts: string[] = [];
  for (const rdn of subject) {
    for (const attribute of rdn) if (attribute.oid === OIDS.DC) parts.push(`DC=${attribute.value}`);
  }
  return parts.join(",");
}

/** The names of a client certificate that mapping reads. */
export interface CertificateNames {
  emails: readonly string[];
  dnsNames: readonly string[];
  /** URI SANs as Go's url.URL.String() writes them. */
  uris: readonly string[];
  subject: Subject;
}

/** A step of the server's search, in the order it tries them. */
export type MappingStep = "email" | "dns" | "uri" | "dn" | "subject-with-dc" | "subject";

export interface MappingResult {
  step: MappingStep;
  /** The users the step selects. With more than one, the server picks one at random. */
  users: string[];
}

export interface MappingOptions {
  /**
   * True for listeners that map to the users table (client, websocket, mqtt,
   * and leafnodes without users of their own). Leafnode users, routes and
   * gateways compare the candidate strings only.
   */
  dnComparison: boolean;
  target: ServerVersion;
}

/**
 * Returns the user that a certificate maps to, among `userNames`: the users
 * that the connection type allows. Returns null when no user matches, and the
 * server then rejects the connection.
 */
export function selectMappedUser(
  cert: CertificateNames,
  userNames: readonly string[],
  options: MappingOptions,
): MappingResult | null {
  const names = new Set(userNames);
  // NOTE: up to v2.14 the server rejects a certificate whose only names are DNS
  // SANs (empty subject, no email or URI SAN). A later upstream change fixes it.
  const subjectEmpty = cert.subject.every((rdn) => rdn.length === 0);
  if (subjectEmpty && cert.emails.length === 0 && cert.uris.length === 0) return null;

  const literalSteps: [MappingStep, readonly string[]][] = [
    ["email", cert.emails],
    ["dns", cert.dnsNames],
    ["uri", cert.uris],
  ];
  for (const [step, candidates] of literalSteps) {
    const found = candidates.find((candidate) => names.has(candidate));
    if (found !== undefined) return { step, users: [found] };
  }

  if (options.dnComparison) {
    const byDn = selectByDn(cert.subject, userNames, options.target);
    if (byDn !== null) return byDn;
  }

  const goString = goSubjectString(cert.subject);
  const domainComponents = subjectDomainComponents(cert.subject);
  if (domainComponents !== "") {
    const withDc = `${goString},${domainComponents}`;
    if (names.has(withDc)) return { step: "subject-with-dc", users: [withDc] };
  }
  if (goString !== "" && names.has(goString)) return { step: "subject", users: [goString] };
  return null;
}

/** Runs the parsed-DN step, where users with the same RDN sequence win over reorderings. */
function selectByDn(
  subject: Subject,
  userNames: readonly string[],
  target: ServerVersion,
): MappingResult | null {
  const certDn = subjectToDn(subject);
  if (certDn === null) return null;
  const parsed = userNames.flatMap((name) => {
    const rdns = parseDnUserName(name);
    return rdns === null ? [] : [{ name, rdns }];
  });
  const exact = parsed.filter((user) => dnEqual(user.rdns, certDn));
  if (exact.length > 0) return { step: "dn", users: exact.map((user) => user.name) };
  const reordered = parsed.filter((user) => rdnsMatch(user.rdns, certDn, target));
  if (reordered.length > 0) return { step: "dn", users: reordered.map((user) => user.name) };
  return null;
}

/**
 * Returns the subject a DN names when its RDNs are written in RFC 4514 order,
 * which is the reverse of the certificate's. Returns null when an attribute
 * type is not one the server maps.
 */
export function subjectOfDn(rdns: readonly Rdn[]): Subject | null {
  const subject: Subject = [];
  for (const rdn of [...rdns].reverse()) {
    const attributes: SubjectAttribute[] = [];
    for (const attribute of rdn) {
      const type = mappedTypeOf(attribute.type);
      if (type === undefined) return null;
      attributes.push({ oid: OIDS[type], value: attribute.value });
    }
    subject.push(attributes);
  }
  return subject;
}

function literalStrings(subject: Subject): string[] {
  const goString = goSubjectString(subject);
  const domainComponents = subjectDomainComponents(subject);
  return domainComponents === "" ? [goString] : [goString, `${goString},${domainComponents}`];
}

export interface LiteralForm {
  /** True when some certificate's string form, with or without its DCs, is exactly the name. */
  reachable: boolean;
  /** The string the server builds for the certificate the name most likely means. */
  suggestion: string;
  /** True when the name ends with DC attributes, which only the DC step compares. */
  hasDomainComponents: boolean;
}

/**
 * Checks a DN user name against the strings that the exact-lookup steps build
 * from a certificate subject. Returns null when the name does not parse or
 * uses an attribute type that the server does not map.
 *
 * The suggestion assumes the name lists RDNs in RFC 4514 order. DCs written at
 * the end also count as reachable in the order written, because a certificate
 * may list them in either order. `rdns` is the name as parseDnUserName reads
 * it, for callers that have parsed it already.
 */
export function literalFormOf(
  name: string,
  rdns: Rdn[] | null = parseDnUserName(name),
): LiteralForm | null {
  if (rdns === null || rdns.length === 0) return null;
  const assumed = subjectOfDn(rdns);
  if (assumed === null) return null;

  const isDc = (rdn: Rdn) => rdn.length === 1 && mappedTypeOf(rdn[0]!.type) === "DC";
  let split = rdns.length;
  while (split > 0 && isDc(rdns[split - 1]!)) split--;
  const asWritten = subjectOfDn(rdns.slice(0, split))!.concat(
    subjectOfDn(rdns.slice(split))!.reverse(),
  );

  const assumedStrings = literalStrings(assumed);
  const reachable = [...assumedStrings, ...literalStrings(asWritten)].includes(name);
  return {
    reachable,
    suggestion: assumedStrings[assumedStrings.length - 1]!,
    hasDomainComponents: split < rdns.length,
  };
}

function literalSuggestion(subject: Subject): string {
  const strings = literalStrings(subject);
  return strings[strings.length - 1]!;
}

/**
 * Returns the string the exact-lookup steps build for a certificate whose
 * subject has the DN's attributes minus those the server does not map, for a
 * DN in RFC 4514 order. Returns null when no mapped attribute is left.
 */
export function literalFormWithoutUnmapped(rdns: readonly Rdn[]): string | null {
  const mappedRdns = rdns
    .map((rdn) => rdn.filter((attribute) => mappedTypeOf(attribute.type) !== undefined))
    .filter((rdn) => rdn.length > 0);
  if (mappedRdns.length === 0) return null;
  const text = literalSuggestion(subjectOfDn(mappedRdns)!);
  return text === "" || text.startsWith(",") ? null : text;
}

/** Returns a key that is equal for two RDNs exactly when rdnEqual returns true for them. */
function rdnKey(rdn: Rdn): string {
  // Most RDNs have one attribute; the quoted type cannot run into the value.
  if (rdn.length === 1)
    return `1${JSON.stringify(rdn[0]!.type.toUpperCase().toLowerCase())}${rdn[0]!.value}`;
  const attributes = new Set(rdn.map((a) => `${a.type.toUpperCase().toLowerCase()}=${a.value}`));
  return JSON.stringify([rdn.length, [...attributes].sort()]);
}

/** Kinds of overlap between two DN user names in the parsed-DN step. */
export type DnOverlap = "equal" | "reordered" | "overlapping";

/**
 * Returns how two DN user names overlap: "equal" for the same DN, and
 * "reordered" when one is a reordering of the other. Before 2.14.0 the result
 * is "overlapping" when one certificate DN can match both in some order
 * although neither is a reordering of the other. Returns null when no
 * certificate matches both in the parsed-DN step.
 */
export function dnOverlap(
  a: readonly Rdn[],
  b: readonly Rdn[],
  target: ServerVersion,
): DnOverlap | null {
  if (a.length !== b.length || a.length === 0) return null;
  if (dnEqual(a, b)) return "equal";
  const keysA = a.map(rdnKey).sort();
  const keysB = b.map(rdnKey).sort();
  if (keysA.every((key, i) => key === keysB[i])) return "reordered";
  if (isAtLeast(target, ONE_TO_ONE_PAIRING_RELEASE)) return null;
  // Before 2.14.0 a certificate matched when it contained every RDN of the user,
  // so a certificate holding the RDNs of both users (and nothing else) matches both.
  const union = new Set([...keysA, ...keysB]);
  return union.size <= a.length ? "overlapping" : null;
}

/** Returns the number of distinct orders of a DN's RDNs (n! over the repeats). */
export function countRdnOrders(rdns: readonly Rdn[]): bigint {
  const repeats = new Map<string, number>();
  for (const rdn of rdns) repeats.set(rdnKey(rdn), (repeats.get(rdnKey(rdn)) ?? 0) + 1);
  let count = factorial(rdns.length);
  for (const times of repeats.values()) count /= factorial(times);
  return count;
}

function factorial(n: number): bigint {
  let result = 1n;
  for (let i = 2n; i <= BigInt(n); i++) result *= i;
  return result;
}

/**
 * Returns a key that two DNs share exactly when they hold the same RDNs in any
 * order; dnOverlap reports "equal" or "reordered" only for DNs with equal keys.
 */
export function dnSetKey(rdns: readonly Rdn[]): string {
  return JSON.stringify(rdns.map(rdnKey).sort());
}

/** Returns the RDN keys of a DN in order; two DNs are dnEqual exactly when these are equal. */
export function dnOrderKey(rdns: readonly Rdn[]): string {
  return JSON.stringify(rdns.map(rdnKey));
}

/**
 * Returns the RDNs that occur more than once in a DN. Before 2.14.0 such a
 * repeat let the reordered comparison accept any other RDN in its place.
 */
export function repeatedRdns(rdns: readonly Rdn[]): Rdn[] {
  const seen = new Set<string>();
  const repeated: Rdn[] = [];
  for (const rdn of rdns) {
    const key = rdnKey(rdn);
    if (seen.has(key) && !repeated.some((other) => rdnKey(other) === key)) repeated.push(rdn);
    seen.add(key);
  }
  return repeated;
}
