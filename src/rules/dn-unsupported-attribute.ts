import {
  DN_COMPARISON_TYPES,
  LONG_TYPE_NAMES,
  literalFormWithoutUnmapped,
  mappedTypeOf,
  OIDS,
} from "../model/cert-match.js";
import { dnOf, findMappedNames, identityKindOf, mappingRelated } from "./cert-users.js";
import { entrySpan } from "./spans.js";
import type { Rule } from "./types.js";

/** Other spellings of the types that mapping reads, upper-cased, with the spelling it needs. */
const SPELLINGS: ReadonlyMap<string, string> = new Map([
  ...LONG_TYPE_NAMES,
  ...Object.entries(OIDS).map(([type, oid]) => [oid, type] as [string, string]),
]);

export const rule: Rule = {
  meta: {
    id: "dn-unsupported-attribute",
    severity: "warning",
    description: "a DN user name with an attribute type that certificate mapping does not read",
    server: "accepts",
    messages: {
      unsupported:
        'User "{name}" has the attribute {types}, which certificate mapping does not read: the server skips its DN comparison ' +
        "for a certificate whose subject has such an attribute, and Go's form of the subject leaves it out, so no certificate maps to this name.",
      spelling:
        'User "{name}" writes the attribute type {type}, but certificate mapping knows it only as {expected}, so no certificate maps to this name.',
    },
  },
  check(context) {
    for (const mapped of findMappedNames(context)) {
      if (identityKindOf(mapped) !== "dn") continue;
      const rdns = dnOf(mapped)!;
      const types = rdns.flatMap((rdn) => rdn.map((attribute) => attribute.type));
      const unknown = [...new Set(types.filter((type) => mappedTypeOf(type) === undefined))];
      if (unknown.length === 0) continue;

      const related = mappingRelated(mapped.mappingBlocks);
      const misspelled = unknown.find((type) => SPELLINGS.has(type.toUpperCase()));
      if (misspelled !== undefined) {
        const expected = SPELLINGS.get(misspelled.toUpperCase())!;
        context.report({
          messageId: "spelling",
          data: { name: mapped.name, type: misspelled, expected },
          span: entrySpan(mapped.nameEntry),
          related,
          help: `Write ${expected}= instead of ${misspelled}=.`,
        });
        continue;
      }
      const rest = literalFormWithoutUnmapped(rdns);
      context.report({
        messageId: "unsupported",
        data: { name: mapped.name, types: unknown.join(", ") },
        span: entrySpan(mapped.nameEntry),
        related,
        help:
          rest === null
            ? `Name the user after the certificate's email, DNS or URI SAN, or use certificates whose subject has only ${DN_COMPARISON_TYPES.join(", ")}.`
            : `Name the user "${rest}": for a certificate with ${unknown.join(", ")} the server compares only Go's form of the subject, which leaves ${unknown.join(", ")} out.`,
      });
    }
  },
};
