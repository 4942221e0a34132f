import { formatVersion } from "../target/version.js";
import {
  canMapUser,
  hasPassword,
  isTableUser,
  nameLoginPaths,
  pathsServing,
} from "../model/users.js";
import {
  accessPathsOf,
  findCutDn,
  describeListeners,
  mapperTlsBlocks,
  mappingRelated,
  rejectsNameOfCertUsers,
  unmappedTlsBlocks,
} from "./cert-users.js";
import { entrySpan } from "./spans.js";
import type { Rule } from "./types.js";

export const rule: Rule = {
  meta: {
    id: "cert-user-impersonation-old-server",
    severity: "error",
    description:
      "a password-less certificate user that a listener without mapping lets log in by name on servers before 2.12.14 and 2.14.4",
    server: "accepts",
    messages: {
      byName:
        'User "{name}" has no password. A client certificate can select it on the {mapped} listener, ' +
        "but the {others} listener does not map certificates, and nats-server {target} lets anyone log in there as this user " +
        "by sending the name as the username; 2.12.14, 2.14.4 and later reject that.",
    },
  },
  check(context) {
    if (rejectsNameOfCertUsers(context.target)) return;
    const paths = accessPathsOf(context);
    for (const user of context.users) {
      if (!isTableUser(user) || user.nameEntry === undefined || hasPassword(user)) continue;
      if (!canMapUser(user, paths) || findCutDn(user.nameEntry) !== undefined) continue;
      const byName = nameLoginPaths(user, paths);
      if (byName.length === 0) continue;
      const mapping = pathsServing(user, paths).filter((path) => path.canMap);
      context.report({
        messageId: "byName",
        data: {
          name: user.name!,
          mapped: describeListeners(mapping),
          others: describeListeners(byName),
          target: formatVersion(context.target),
        },
        span: entrySpan(user.nameEntry),
        related: [...mappingRelated(mapperTlsBlocks(mapping)), ...unmappedTlsBlocks(byName)],
        help:
          "Upgrade to nats-server 2.12.14, 2.14.4 or later, set verify_and_map: true on the other listener too, " +
          "or limit the user with allowed_connection_types to the listeners that map certificates.",
      });
    }
  },
};
