import { hasPassword, nameLoginPaths } from "../model/users.js";
import { accessPathsOf, describeListeners, findMappedNames, mappingRelated } from "./cert-users.js";
import type { Rule } from "./types.js";

export const rule: Rule = {
  meta: {
    id: "cert-user-password-also-required",
    severity: "info",
    description: "a user that certificates map to and that also has a password",
    server: "accepts",
    messages: {
      both:
        'User "{name}" has a password, and certificates are mapped to it on the {listeners} listener. ' +
        "There a client must present a certificate that maps to this user and also send the password.",
      bothAndName:
        'User "{name}" has a password, and certificates are mapped to it on the {listeners} listener. ' +
        "There a client must present a certificate that maps to this user and also send the password; " +
        "on the {others} listener the name and password alone log in.",
    },
  },
  check(context) {
    const paths = accessPathsOf(context);
    for (const mapped of findMappedNames(context)) {
      const user = mapped.user;
      if (user === undefined || user.password === undefined || !hasPassword(user)) continue;
      const byName = nameLoginPaths(user, paths);
      const listeners = mapped.mappingBlocks.map((block) => block.place).join(" and ");
      context.report({
        messageId: byName.length === 0 ? "both" : "bothAndName",
        data: { name: mapped.name, listeners, others: describeListeners(byName) },
        span: user.password.keyOrigin,
        related: mappingRelated(mapped.mappingBlocks),
        help: "Remove the password if the certificate alone should identify the user; keep it if both are meant to be required.",
      });
    }
  },
};
