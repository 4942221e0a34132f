import { hasPassword } from "../model/users.js";
import {
  describeUnmapped,
  findUnmappedCertUsers,
  isNoAuthUserEverywhere,
  MAPPING_HELP,
  plaintextWarningReaction,
  unmappedTlsBlocks,
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
      if (hasPassword(found.user) || isNoAuthUserEverywhere(found)) continue;
      context.report({
        message: `${describeUnmapped(found)} The user has no password, so anyone who sends this name as the username logs in.`,
        span: entrySpan(found.nameEntry),
        related: unmappedTlsBlocks(found.paths),
        help: MAPPING_HELP,
        server: plaintextWarningReaction(context, found.user),
      });
    }
  },
};
