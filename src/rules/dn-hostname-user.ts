import { classifyHostLike } from "../model/identity.js";
import { findMappedNames, mappingRelated } from "./cert-users.js";
import { entrySpan } from "./spans.js";
import type { Rule } from "./types.js";

export const rule: Rule = {
  meta: {
    id: "dn-hostname-user",
    severity: "info",
    description: "a user named like a host name, which mapping matches only against SANs",
    server: "accepts",
    messages: {
      hostname:
        'User "{name}" is a DNS name. Certificate mapping compares it with the DNS, email and URI SANs of a certificate, ' +
        'never with the CN, so a certificate with CN={name} and no DNS SAN "{name}" does not map to it.',
      ip:
        'User "{name}" is an IP address, but certificate mapping never reads IP address SANs or the CN: ' +
        "only a DNS, email or URI SAN with exactly this text maps to it.",
    },
  },
  check(context) {
    for (const mapped of findMappedNames(context)) {
      if (mapped.scope !== "users" && mapped.scope !== "leafnode-users") continue;
      const kind = classifyHostLike(mapped.name);
      if (kind === null) continue;
      context.report({
        messageId: kind,
        data: { name: mapped.name },
        span: entrySpan(mapped.nameEntry),
        related: mappingRelated(mapped.mappingBlocks),
        help:
          kind === "hostname"
            ? `Give the certificates the DNS SAN ${mapped.name}, or name the user after the whole subject, such as "CN=${mapped.name}".`
            : `Give the certificates a DNS SAN and name the user after it, or name the user after the subject, such as "CN=${mapped.name}".`,
      });
    }
  },
};
