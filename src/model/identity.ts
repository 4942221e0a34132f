// Classifies user names that name a certificate identity: an RFC 4514 / RFC 2253
// distinguished name, an email address, or a URI. With verify_and_map,
// nats-server looks such names up from the client certificate (email SANs, DNS
// SANs, URI SANs, then the subject DN).

export interface AttributeValue {
  type: string;
  value: string;
}

/** A relative distinguished name: one or more attributes joined by `+`. */
export type Rdn = AttributeValue[];

/**
 * Attribute types that a DN user name may use. nats-server's DN parser
 * (internal/ldap, v2.9.10 to v2.14) accepts any type; these are the ones seen in
 * certificate subjects, by their usual short names.
 */
const KNOWN_ATTRIBUTE_TYPES = new Set([
  "CN",
  "C",
  "L",
  "ST",
  "STREET",
  "O",
  "OU",
  "POSTALCODE",
  "SERIALNUMBER",
  "DC",
  "UID",
  "E",
  "EMAILADDRESS",
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

/**
 * Parses an RFC 4514 distinguished name such as `CN=alice, OU=Eng+O=Example`.
 * Returns null when the text is not a DN. Leading and trailing spaces around
 * attributes are dropped, as nats-server's parser drops them.
 */
export function parseDistinguishedName(text: string): Rdn[] | null {
  const rdns: Rdn[] = [];
  let attributes: Rdn = [];
  let type = "";
  let value = "";
  let inValue = false;
  let trailingSpaces = 0;

  const finishAttribute = (): boolean => {
    const trimmedType = type.trim();
    if (!inValue || trimmedType === "") return false;
    if (!KNOWN_ATTRIBUTE_TYPES.has(trimmedType.toUpperCase()) && !OID.test(trimmedType))
      return false;
    attributes.push({
      type: trimmedType,
      value: value.slice(0, value.length - trailingSpaces).trimStart(),
    });
    type = "";
    value = "";
    inValue = false;
    trailingSpaces = 0;
    return true;
  };

  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (!inValue) {
      if (c === "=") inValue = true;
      else if (c === "," || c === "+" || c === "\\") return null;
      else type += c;
      continue;
    }
    if (c === "\\") {
      const escaped = readEscape(text, i);
      if (escaped === null) return null;
      value += escaped.text;
      i = escaped.end - 1;
      trailingSpaces = 0;
    } else if (c === "," || c === "+") {
      if (!finishAttribute()) return null;
      if (c === ",") {
        rdns.push(attributes);
        attributes = [];
      }
    } else if (c === "#" && value.trim() === "") {
      // nats-server rejects BER-encoded (#hex) values in user names.
      return null;
    } else {
      value += c;
      trailingSpaces = c === " " ? trailingSpaces + 1 : 0;
    }
  }
  if (!finishAttribute()) return null;
  rdns.push(attributes);
  return rdns;
}

function readEscape(text: string, index: number): { text: string; end: number } | null {
  const next = text[index + 1];
  if (next === undefined) return null;
  if (/[0-9a-fA-F]/.test(next) && /[0-9a-fA-F]/.test(text[index + 2] ?? "")) {
    return {
      text: String.fromCharCode(parseInt(text.slice(index + 1, index + 3), 16)),
      end: index + 3,
    };
  }
  if (`,+"\\<>;=# `.includes(next)) return { text: next, end: index + 2 };
  return null;
}

const EMAIL = /^[^\s@,=]+@[^\s@,=+]+$/;
const URI = /^[a-z][a-z0-9+.-]*:\/\/\S+$/i;

export type IdentityKind = "dn" | "email" | "uri";

/** Returns what kind of certificate identity a user name is, or null for a plain name. */
export function classifyIdentity(name: string): IdentityKind | null {
  if (URI.test(name)) return "uri";
  if (EMAIL.test(name)) return "email";
  if (name.includes("=") && parseDistinguishedName(name) !== null) return "dn";
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
