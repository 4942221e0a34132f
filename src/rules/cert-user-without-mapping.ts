import { hasPassword } from "../model/users.js";
import {
  describeUnmapped,
  findUnmappedCertUsers,
  isNoAuthUserEverywhere,
  MAPPING_HELP,
  unmappedTlsBlocks,
} from "./cert-users.js";
import { entrySpan } from "./spans.js";
import type { Rule } from "./types.js";

export const rule: Rule = {
  meta: {
    id: "cert-user-without-mapping",
    severity: "warning",
    description: "a certificate-identity user that no listener maps certificates to",
    server: "accepts",
  },
  check(context) {
    for (const found of findUnmappedCertUsers(context)) {
      const unauthenticated = isNoAuthUserEverywhere(found);
      // A user without password is the error of passwordless-cert-user.
      if (!hasPassword(found.user) && !unauthenticated) continue;
      const consequence = unauthenticated
        ? "It is the no_auth_user, so clients without credentials become this user; no certificate is checked."
        : "The name is an ordinary username: clients log in with it and the password, and no certificate is checked.";
      context.report({
        message: `${describeUnmapped(found)} ${consequence}`,
        span: entrySpan(found.nameEntry),
        related: unmappedTlsBlocks(found.paths),
        help: MAPPING_HELP,
      });
    }
  },
};
