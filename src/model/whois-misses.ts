// Finds the configured users that a certificate nearly maps to, explains what
// keeps each from matching, and gives the exact user name that would match.

import { formatRdns, subjectToRdns } from "../certs/subject-text.js";
import type { ServerVersion } from "../target/version.js";
import {
  goSubjectString,
  mappedTypeOf,
  rdnEqual,
  rdnsMatch,
  selectMappedUser,
  subjectDomainComponents,
  subjectToDn,
  OIDS,
  type CertificateNames,
  type Subject,
} from "./cert-match.js";
import { classifyHostLike, classifyIdentity, parseDnUserName, type Rdn } from "./identity.js";
import { parseServerVersion } from "../target/version.js";

export interface NearestMiss {
  /** The configured user name. */
  user: string;
  /** The facts that keep the name from matching, one per entry. */
  reasons: string[];
  /** The user name that this certificate would map to; null when no name can. */
  write: string | null;
}

export interface MissOptions {
  /** Names the certificate may select on the listener. */
  eligible: readonly string[];
  /** Names kept off the listener, with the reason. */
  excluded: readonly { name: string; reason: string }[];
  dnComparison: boolean;
  target: ServerVersion;
}

/** The maximum number of misses whois shows; the closest ones come first. */
const MAX_MISSES = 3;

interface ScoredMiss extends NearestMiss {
  /** Lower is closer. */
  distance: number;
}

/** Returns the users closest to matching, closest first. */
export function findNearestMisses(cert: CertificateNames, options: MissOptions): NearestMiss[] {
  const facts = certificateFacts(cert, options.dnComparison);
  const misses: ScoredMiss[] = [];
  for (const { name, reason } of options.excluded) {
    const result = selectMappedUser(cert, [name], options);
    if (result !== null)
      misses.push({
        user: name,
        reasons: [`The user matches, but ${reason}.`],
        write: null,
        distance: 0,
      });
  }
  for (const name of options.eligible) {
    const miss = diagnose(name, cert, facts, options);
    if (miss === null) continue;
    // Offer a name only if the server's own selection accepts it for this certificate.
    if (miss.write !== null && selectMappedUser(cert, [miss.write], options) === null)
      miss.write = null;
    misses.push(miss);
  }
  misses.sort((a, b) => a.distance - b.distance);
  return misses.slice(0, MAX_MISSES).map(({ user, reasons, write }) => ({ user, reasons, write }));
}

interface CertificateFacts {
  /** The DN the parsed-DN step compares; null when that step is skipped. */
  dn: Rdn[] | null;
  /** The subject's mapped attributes in RFC 4514 order, for comparing with names. */
  mappedDn: Rdn[];
  /** The literal forms: Go's string with DCs (when there are any), then without. */
  literal: string[];
  /** The name whois suggests for a DN user. */
  suggestion: string | null;
  /** The reason only the literal forms can match; null when the DN comparison runs. */
  literalOnlyReason: string | null;
  lastCn: string | undefined;
  emailAttributes: string[];
}

const EMAIL_ADDRESS_OID = "1.2.840.113549.1.9.1";

function certificateFacts(cert: CertificateNames, dnComparison: boolean): CertificateFacts {
  const subject = cert.subject;
  const dn = dnComparison ? subjectToDn(subject) : null;
  const mappedSubject: Subject = subject
    .map((rdn) => rdn.filter((a) => Object.values(OIDS).includes(a.oid as never)))
    .filter((rdn) => rdn.length > 0);
  const goString = goSubjectString(subject);
  const domainComponents = subjectDomainComponents(subject);
  const literal: string[] = [];
  if (goString !== "" && domainComponents !== "") literal.push(`${goString},${domainComponents}`);
  if (goString !== "") literal.push(goString);

  let literalOnlyReason: string | null = null;
  if (!dnComparison) literalOnlyReason = "Leafnode users are compared as literal strings only.";
  else if (dn === null && subject.some((rdn) => rdn.length > 0)) {
    const unknown = subjectToRdns(subject)
      .flat()
      .filter((a) => mappedTypeOf(a.type) === undefined)
      .map((a) => a.type);
    literalOnlyReason = `The subject has ${[...new Set(unknown)].join(", ")}, so the server skips its DN comparison and only compares Go's string form of the subject, literally.`;
  }

  const attributes = subject.flat();
  const cns = attributes.filter((a) => a.oid === OIDS.CN);
  return {
    dn,
    mappedDn: subjectToRdns(mappedSubject),
    literal,
    // A space after each comma keeps the suggestion out of Go's form, which
    // dn-partial-match warns about, while the parsed DN comparison matches it.
    suggestion: dn !== null ? formatRdns(subjectToRdns(subject), ", ") : (literal[0] ?? null),
    literalOnlyReason,
    lastCn: cns[cns.length - 1]?.value,
    emailAttributes: attributes.filter((a) => a.oid === EMAIL_ADDRESS_OID).map((a) => a.value),
  };
}

function diagnose(
  name: string,
  cert: CertificateNames,
  facts: CertificateFacts,
  options: MissOptions,
): ScoredMiss | null {
  const sanMiss = diagnoseSanName(name, cert, facts);
  if (sanMiss !== null) return sanMiss;
  const rdns = name.includes("=") ? parseDnUserName(name) : null;
  if (rdns === null || rdns.length === 0) return null;
  return diagnoseDnName(name, rdns, facts, options);
}

/** Checks a name that is not a DN against the SANs, the CN and the emailAddress attribute. */
function diagnoseSanName(
  name: string,
  cert: CertificateNames,
  facts: CertificateFacts,
): ScoredMiss | null {
  const miss = (reasons: string[], write: string | null, distance: number): ScoredMiss => ({
    user: name,
    reasons,
    write,
    distance,
  });
  const sans: [string, readonly string[]][] = [
    ["email", cert.emails],
    ["DNS", cert.dnsNames],
    ["URI", cert.uris],
  ];
  for (const [kind, values] of sans) {
    const prefixed = values.find(
      (value) => name.toLowerCase() === `${kind.toLowerCase()}:${value.toLowerCase()}`,
    );
    if (prefixed !== undefined)
      return miss(
        [
          `The name starts with "${kind}:", as OpenSSL prints SANs; the server compares the SAN without it.`,
        ],
        prefixed,
        1,
      );
    const folded = values.find(
      (value) => value !== name && value.toLowerCase() === name.toLowerCase(),
    );
    if (folded !== undefined)
      return miss(
        [`The server compares ${kind} SANs case-sensitively; the certificate has "${folded}".`],
        folded,
        1,
      );
  }
  const subjectEmpty = cert.subject.every((rdn) => rdn.length === 0);
  if (cert.dnsNames.includes(name) && subjectEmpty)
    return miss(
      [
        "The certificate's only names are DNS SANs and its subject is empty, and the server rejects such certificates before it looks at the SANs. Give the certificate a subject, or an email or URI SAN.",
      ],
      null,
      1,
    );
  if (facts.emailAttributes.includes(name))
    return miss(
      [
        "The address is in the subject's emailAddress attribute, which the server never looks up by itself; it reads email SANs only. Issue the certificate with subjectAltName=email:" +
          name +
          ".",
      ],
      facts.suggestion,
      2,
    );
  const sanKind =
    classifyIdentity(name) === "email"
      ? "email"
      : classifyHostLike(name) === "hostname"
        ? "DNS"
        : null;
  if (facts.lastCn !== undefined && facts.lastCn === name && !name.includes("="))
    return miss(
      [
        `The name is the subject's CN. The server never compares the CN by itself, only whole DNs and SANs. Write the whole subject${sanKind === null ? "" : `, or issue the certificate with the name in a ${sanKind} SAN`}.`,
      ],
      facts.suggestion,
      2,
    );
  return null;
}

function attributeKey(type: string, value: string): string {
  return `${mappedTypeOf(type) ?? type.toUpperCase()}=${value}`;
}

/** Counts each `TYPE=value` of a DN, with the type upper-cased. */
function attributeCounts(rdns: readonly Rdn[], foldValues = false): Map<string, number> {
  const counts = new Map<string, number>();
  for (const attribute of rdns.flat()) {
    const value = foldValues ? attribute.value.toLowerCase() : attribute.value;
    const key = attributeKey(attribute.type, value);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** Returns the keys of `a` that `b` has fewer of, each as often as it is missing. */
function missingFrom(a: Map<string, number>, b: Map<string, number>): string[] {
  const missing: string[] = [];
  for (const [key, count] of a) {
    for (let i = b.get(key) ?? 0; i < count; i++) missing.push(key);
  }
  return missing;
}

function diagnoseDnName(
  name: string,
  rdns: Rdn[],
  facts: CertificateFacts,
  options: MissOptions,
): ScoredMiss | null {
  const reasons: string[] = [];
  // Where only the literal forms count, a name without DCs is compared with Go's
  // string form without them, which matches whatever DCs the certificate has.
  const literalOnly = facts.dn === null;
  const userHasDc = rdns.flat().some((a) => mappedTypeOf(a.type) === "DC");
  const certRdns =
    literalOnly && !userHasDc
      ? facts.mappedDn.filter((rdn) => !rdn.some((a) => a.type === "DC"))
      : facts.mappedDn;
  const certCounts = attributeCounts(certRdns);
  const userCounts = attributeCounts(rdns);
  const missing = missingFrom(certCounts, userCounts);
  const extra = missingFrom(userCounts, certCounts);
  const common = rdns.flat().length - extra.length;
  if (common === 0) return null;

  const unmapped = rdns.flat().filter((a) => mappedTypeOf(a.type) === undefined);
  if (unmapped.length > 0)
    reasons.push(
      `The server drops ${[...new Set(unmapped.map((a) => a.type))].join(", ")} from its string form of a subject, and its DN comparison skips subjects with such attributes.`,
    );

  const foldedMissing = missingFrom(attributeCounts(certRdns, true), attributeCounts(rdns, true));
  if (missing.length > 0 && foldedMissing.length === 0) {
    reasons.push(
      `Attribute values compare case-sensitively: the certificate has ${missing.join(", ")}, the name ${extra.join(", ")}.`,
    );
  } else {
    const missingDc = missing.filter((key) => key.startsWith("DC="));
    const missingOther = missing.filter((key) => !key.startsWith("DC="));
    if (missingDc.length > 0) {
      const goString = facts.literal[facts.literal.length - 1];
      const alternative =
        options.dnComparison && goString !== undefined && !missingOther.length && !extra.length
          ? ` Go's string form without DCs, "${goString}", also matches, but it matches the same subject with any DCs.`
          : "";
      reasons.push(
        `The name lacks ${missingDc.join(", ")}, which the certificate has.${alternative}`,
      );
    }
    if (missingOther.length > 0)
      reasons.push(`The name lacks ${missingOther.join(", ")}, which the certificate has.`);
    if (extra.length > 0) reasons.push(`The certificate has no ${extra.join(", ")}.`);
  }

  if (missing.length === 0 && extra.length === 0) {
    reasons.push(...sameAttributeReasons(name, rdns, facts, options));
  }
  if (reasons.length === 0) return null;
  if (facts.literalOnlyReason !== null) reasons.unshift(facts.literalOnlyReason);
  return {
    user: name,
    reasons,
    write:
      literalOnly && !userHasDc
        ? (facts.literal[facts.literal.length - 1] ?? null)
        : facts.suggestion,
    distance: 3 + missing.length + extra.length - common / 100,
  };
}

/** Explains why a name with exactly the certificate's attributes does not match. */
function sameAttributeReasons(
  name: string,
  rdns: Rdn[],
  facts: CertificateFacts,
  options: MissOptions,
): string[] {
  if (facts.dn !== null) return dnComparisonReasons(rdns, facts.dn, options.target);
  return literalFormReasons(name, rdns, facts);
}

/** Explains a miss in the parsed-DN step, where only RDN grouping or pairing can differ. */
function dnComparisonReasons(rdns: Rdn[], certDn: Rdn[], target: ServerVersion): string[] {
  const reasons: string[] = [];
  const grouped = certDn.filter((rdn) => rdn.length > 1 && !rdns.some((u) => rdnEqual(u, rdn)));
  for (const rdn of grouped)
    reasons.push(
      `The certificate has the multi-valued RDN ${formatRdns([rdn])}. Write its attributes joined by "+".`,
    );

  const split = rdns.filter((rdn) => rdn.length > 1 && !certDn.some((c) => rdnEqual(c, rdn)));
  for (const rdn of split)
    reasons.push(
      `The name joins ${formatRdns([rdn])} into one RDN, but the certificate has them as separate RDNs.`,
    );

  const older = parseServerVersion("2.12")!;
  if (reasons.length === 0 && !rdnsMatch(rdns, certDn, target) && rdnsMatch(rdns, certDn, older))
    reasons.push("Servers before 2.14.0 accept this name, but later ones pair each RDN once.");
  return reasons;
}

/** Explains a miss where only the literal forms can match, so spacing, case and order count. */
function literalFormReasons(name: string, rdns: Rdn[], facts: CertificateFacts): string[] {
  const reasons: string[] = [];
  if (/,\s|\+\s|\s[,+]/.test(name))
    reasons.push(
      "The name has spaces around commas or plus signs, which Go's string form does not have.",
    );
  if (rdns.flat().some((a) => a.type !== a.type.toUpperCase()))
    reasons.push("Go's string form writes attribute types in upper case.");

  const userHasDc = rdns.flat().some((a) => mappedTypeOf(a.type) === "DC");
  const target = userHasDc ? facts.literal[0] : facts.literal[facts.literal.length - 1];
  const expected = target === undefined ? null : parseDnUserName(target);
  const sameRdn = (a: Rdn, b: Rdn) =>
    formatRdns([a]).toUpperCase() === formatRdns([b]).toUpperCase();
  const orderDiffers =
    expected !== null &&
    (expected.length !== rdns.length || expected.some((rdn, i) => !sameRdn(rdn, rdns[i]!)));
  if (orderDiffers)
    reasons.push(
      'Go\'s string form lists RDNs in a fixed order: SERIALNUMBER, CN, OU, O, POSTALCODE, STREET, L, ST, C, then the DCs in certificate order, with all values of one type joined by "+".',
    );

  if (reasons.length === 0) {
    const forms = facts.literal.map((form) => `"${form}"`).join(", ");
    reasons.push(`The name differs from the literal forms the server builds (${forms}).`);
  }
  return reasons;
}
