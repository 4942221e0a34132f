import { mappedTypeOf, ONE_TO_ONE_PAIRING_RELEASE, repeatedRdns } from "../model/cert-match.js";
import type { Rdn } from "../model/identity.js";
import { isAtLeast } from "../target/version.js";
import {
  dnOf,
  findMappedNames,
  identityKindOf,
  literalFormOfName,
  mappingRelated,
  type MappedName,
} from "./cert-users.js";
import { entrySpan } from "./spans.js";
import type { Rule, RuleContext } from "./types.js";

/**
 * Rewrites a DN so that only the parsed DN comparison matches it: a space after
 * each comma that separates RDNs, which that comparison skips but Go never
 * writes. A name of one RDN has no comma, so its first type is lower-cased
 * instead; the comparison ignores the case of types, and Go writes them in
 * upper case.
 */
function spacedForm(name: string): string {
  let result = "";
  for (let i = 0; i < name.length; i++) {
    const char = name[i]!;
    if (char === "\\") {
      result += name.slice(i, i + 2);
      i++;
      continue;
    }
    result += char === "," ? ", " : char;
  }
  if (result !== name) return result;
  const equals = name.indexOf("=");
  return name.slice(0, equals).toLowerCase() + name.slice(equals);
}

function formatRdn(rdn: Rdn): string {
  return rdn.map((attribute) => `${attribute.type}=${attribute.value}`).join("+");
}

function checkGoForm(context: RuleContext, mapped: MappedName): void {
  // Leafnode users are compared as text only, so Go's form is the only one that
  // works there and a finding would have no fix.
  if (mapped.scope !== "users") return;
  const form = literalFormOfName(mapped);
  if (form === null || !form.reachable) return;
  context.report({
    messageId: form.hasDomainComponents ? "goFormWithDc" : "goForm",
    data: { name: mapped.name },
    span: entrySpan(mapped.nameEntry),
    related: mappingRelated(mapped.mappingBlocks),
    help: `Write "${spacedForm(mapped.name)}": in this form only the parsed DN comparison matches, and it needs exactly these attributes.`,
  });
}

/** Before 2.14.0 a repeated RDN let the reordered comparison accept any RDN in its place. */
function checkRepeatedRdn(context: RuleContext, mapped: MappedName): void {
  if (mapped.scope !== "users" || isAtLeast(context.target, ONE_TO_ONE_PAIRING_RELEASE)) return;
  const rdns = dnOf(mapped);
  if (rdns === null) return;
  if (!rdns.every((rdn) => rdn.every((attribute) => mappedTypeOf(attribute.type) !== undefined)))
    return;
  const repeated = repeatedRdns(rdns);
  if (repeated.length === 0) return;
  context.report({
    messageId: "repeatedRdn",
    data: { name: mapped.name, rdn: formatRdn(repeated[0]!) },
    span: entrySpan(mapped.nameEntry),
    related: mappingRelated(mapped.mappingBlocks),
    help: `Remove the repeated ${formatRdn(repeated[0]!)}, unless the servers run 2.14.0 or later.`,
  });
}

export const rule: Rule = {
  meta: {
    id: "dn-partial-match",
    severity: "warning",
    description: "a DN user name that also matches certificates with more attributes",
    server: "accepts",
    messages: {
      goForm:
        'User "{name}" is written the way Go prints a certificate subject, and the server also compares that text with the subject. ' +
        "Go's form leaves out DC, UID, emailAddress and other attributes, and every CN but the last, " +
        "so a certificate with these attributes plus any of those also maps to this user.",
      goFormWithDc:
        'User "{name}" is written the way Go prints a certificate subject followed by its DCs, and the server also compares that text with the subject. ' +
        "Go's form leaves out UID, emailAddress and other attributes, and every CN but the last, " +
        "so a certificate with these attributes plus any of those also maps to this user.",
      repeatedRdn:
        'User "{name}" repeats {rdn}. Before 2.14.0 the reordered DN comparison pairs each RDN of the name with any equal RDN of the certificate, ' +
        "so a certificate with one {rdn} and another attribute in place of the repeat also maps to this user.",
    },
  },
  check(context) {
    for (const mapped of findMappedNames(context)) {
      if (mapped.scope === "cluster" || mapped.scope === "gateway") continue;
      if (identityKindOf(mapped) !== "dn") continue;
      checkGoForm(context, mapped);
      checkRepeatedRdn(context, mapped);
    }
  },
};
