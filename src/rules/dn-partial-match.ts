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
 * Rewrites a DN with its attribute types in lower case. The parsed DN
 * comparison ignores the case of types, but Go prints them in upper case, so
 * the exact-text steps never match the result.
 */
function lowerCaseTypes(name: string): string {
  let result = "";
  let inType = true;
  for (let i = 0; i < name.length; i++) {
    const char = name[i]!;
    if (char === "\\") {
      result += name.slice(i, i + 2);
      i++;
      continue;
    }
    if (char === "=") inType = false;
    else if (char === "," || char === "+") inType = true;
    result += inType ? char.toLowerCase() : char;
  }
  return result;
}

function formatRdn(rdn: Rdn): string {
  return rdn.map((attribute) => `${attribute.type}=${attribute.value}`).join("+");
}

function checkGoForm(context: RuleContext, mapped: MappedName): void {
  const form = literalFormOfName(mapped);
  if (form === null || !form.reachable) return;
  const tableUser = mapped.scope === "users";
  context.report({
    messageId: form.hasDomainComponents ? "goFormWithDc" : "goForm",
    data: { name: mapped.name },
    span: entrySpan(mapped.nameEntry),
    related: mappingRelated(mapped.mappingBlocks),
    help: tableUser
      ? `Write "${lowerCaseTypes(mapped.name)}": with lower-case types only the parsed DN comparison matches, and it needs exactly these attributes.`
      : "Leafnode users are compared as text only, so make sure the CA of leafnodes.tls issues no certificate that extends this subject.",
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
