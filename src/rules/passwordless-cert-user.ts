import {
  describeUnmapped,
  findUnmappedCertUsers,
  isNoAuthUser,
  MAPPING_HELP,
  verifyingBlocks,
} from "./cert-users.js";
import { entrySpan } from "./spans.js";
import type { Rule } from "./types.js";

export const rule: Rule = {
  meta: {
    id: "passwordless-cert-user",
    severity: "error",
    description:
      "a certificate-identity user without password that no listener maps certificates to",
    server: "logs",
  },
  check(context) {
    for (const found of findUnmappedCertUsers(context)) {
      if (found.hasPassword || isNoAuthUser(context, found.name)) continue;
      context.report({
        message: `${describeUnmapped(found)} The user has no password, so anyone who sends this name as the username logs in.`,
        span: entrySpan(found.user.nameEntry!),
        related: verifyingBlocks(found),
        help: MAPPING_HELP,
      });
    }
  },
};
