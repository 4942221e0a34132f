import { mappedTypeOf } from "../model/cert-match.js";
import {
  dnOf,
  findMappedNames,
  identityKindOf,
  literalFormOfName,
  mappingRelated,
  type MappingScope,
} from "./cert-users.js";
import { entrySpan } from "./spans.js";
import type { Rule } from "./types.js";

const WHO: Readonly<Record<MappingScope, string>> = {
  users: "",
  "leafnode-users": "leafnode user",
  cluster: "cluster.authorization user",
  gateway: "gateway.authorization user",
};

export const rule: Rule = {
  meta: {
    id: "cluster-map-dn-literal",
    severity: "warning",
    description:
      "a DN user of a route, gateway or leafnode users mapping that is not in Go's form, which those compare as text",
    server: "accepts",
    messages: {
      literal:
        'The {who} "{name}" is compared as text with Go\'s form of the peer certificate subject, with no DN parsing, ' +
        'and no certificate produces this text. A certificate with these attributes produces "{form}".',
      literalCn:
        'The {who} "{name}" is compared as text with Go\'s form of the peer certificate subject, with no DN parsing, ' +
        'and that form keeps only the last CN, so no certificate produces this text. A certificate with these attributes produces "{form}".',
    },
  },
  check(context) {
    for (const mapped of findMappedNames(context)) {
      if (mapped.scope === "users" || identityKindOf(mapped) !== "dn") continue;
      const form = literalFormOfName(mapped);
      // Names with types the server does not map are reported by dn-unsupported-attribute.
      if (form === null || form.reachable) continue;
      const rdns = dnOf(mapped)!;
      const cns = rdns.flat().filter((attribute) => mappedTypeOf(attribute.type) === "CN");
      context.report({
        messageId: cns.length > 1 ? "literalCn" : "literal",
        data: { who: WHO[mapped.scope], name: mapped.name, form: form.suggestion },
        span: entrySpan(mapped.nameEntry),
        related: mappingRelated(mapped.mappingBlocks),
        help: `Write the user as "${form.suggestion}", in the order and spelling Go uses, with no spaces after commas.`,
      });
    }
  },
};
