import { mappedTypeOf } from "../model/cert-match.js";
import type { AttributeValue } from "../model/identity.js";
import {
  dnOf,
  findMappedNames,
  identityKindOf,
  literalFormOfName,
  mappingRelated,
} from "./cert-users.js";
import { entrySpan } from "./spans.js";
import type { Rule } from "./types.js";

const SUBJECT_HELP =
  "Issue these certificates without UID, emailAddress or other attributes outside " +
  "CN, SERIALNUMBER, C, L, ST, STREET, O, OU, POSTALCODE and DC, so the parsed DN comparison applies.";

export const rule: Rule = {
  meta: {
    id: "dn-multiple-cn-or-ou",
    severity: "info",
    description: "a DN user name with several CN or OU attributes",
    server: "accepts",
    messages: {
      cn:
        'User "{name}" has {count} CN attributes. The parsed DN comparison sees all of them, but a certificate that also has ' +
        "an attribute that comparison does not read (UID, emailAddress) is compared by Go's form of its subject, " +
        "which keeps only the last CN, so such a certificate never maps to this name.",
      ouJoined:
        'User "{name}" joins several OU values into one RDN with "+". The parsed DN comparison then matches only a certificate ' +
        "that has these OU values in one multi-valued RDN, while most certificates give each OU an RDN of its own.",
      ou:
        'User "{name}" has {count} OU attributes. The parsed DN comparison sees them, but a certificate that also has ' +
        "an attribute that comparison does not read (UID, emailAddress) is compared by Go's form of its subject, " +
        'which joins all OU values into one RDN ("{form}"), so such a certificate never maps to this name.',
    },
  },
  check(context) {
    for (const mapped of findMappedNames(context)) {
      if (mapped.scope !== "users" || identityKindOf(mapped) !== "dn") continue;
      const rdns = dnOf(mapped)!;
      const types = rdns.flatMap((rdn) => rdn.map((attribute) => mappedTypeOf(attribute.type)));
      if (types.includes(undefined)) continue;
      const count = (type: string) => types.filter((found) => found === type).length;
      const form = literalFormOfName(mapped);
      // A name in Go's form already matches through it; dn-partial-match covers that.
      if (form === null || form.reachable) continue;

      const isOu = (attribute: AttributeValue) => mappedTypeOf(attribute.type) === "OU";
      const report = (messageId: string, type: string, help: string) =>
        context.report({
          messageId,
          data: { name: mapped.name, count: count(type), form: form.suggestion },
          span: entrySpan(mapped.nameEntry),
          related: mappingRelated(mapped.mappingBlocks),
          help,
        });
      if (count("CN") > 1) report("cn", "CN", SUBJECT_HELP);
      else if (rdns.some((rdn) => rdn.filter(isOu).length > 1))
        report(
          "ouJoined",
          "OU",
          'Write each OU as an RDN of its own, separated by commas ("OU=a, OU=b").',
        );
      else if (rdns.filter((rdn) => rdn.some(isOu)).length > 1) report("ou", "OU", SUBJECT_HELP);
    }
  },
};
