import type { TlsBlock } from "../model/tls.js";
import { isTableUser } from "../model/users.js";
import type { Entry } from "../resolve/values.js";
import { isAtLeast } from "../target/version.js";
import { accessPathsOf, hasTableUsers, mappingRelated } from "./cert-users.js";
import { entrySpan } from "./spans.js";
import type { Rule, RuleContext } from "./types.js";

/** The first release that lets no_auth_user name an nkey user. */
const NKEY_NO_AUTH_USER_RELEASE = "2.11.0";

export const rule: Rule = {
  meta: {
    id: "tls-map-no-auth-user-ignored",
    severity: "warning",
    description: "no_auth_user on a listener that maps client certificates",
    server: "accepts",
    messages: {
      ignored:
        'no_auth_user "{name}" does not apply on the {listeners} listener, which maps client certificates: ' +
        "a client whose certificate maps to no user is rejected there, whatever no_auth_user says.",
      nkey:
        'no_auth_user names the nkey user "{name}". On the {listeners} listener, which maps client certificates, ' +
        "a client that sends no credentials becomes that nkey user and its certificate is never mapped.",
    },
  },
  check(context) {
    if (!hasTableUsers(context)) return;
    const mappersByEntry = new Map<Entry, Set<TlsBlock>>();
    for (const path of accessPathsOf(context)) {
      if (!path.mapping || path.noAuthUser === undefined || path.mapper.tls === null) continue;
      const mappers = mappersByEntry.get(path.noAuthUser) ?? new Set();
      mappers.add(path.mapper.tls);
      mappersByEntry.set(path.noAuthUser, mappers);
    }

    for (const [entry, mappers] of mappersByEntry) {
      if (entry.value.type !== "string" || entry.value.value === "") continue;
      const name = entry.value.value;
      const blocks = [...mappers];
      const listeners = blocks.map((block) => block.place).join(" and ");
      if (context.users.some((user) => isTableUser(user) && user.name === name)) {
        context.report({
          messageId: "ignored",
          data: { name, listeners },
          span: entrySpan(entry),
          related: mappingRelated(blocks),
          help: "Remove no_auth_user, or set it only for a listener that does not map certificates (websocket and mqtt take their own no_auth_user).",
        });
      } else if (
        isNkeyUser(context, name) &&
        isAtLeast(context.target, NKEY_NO_AUTH_USER_RELEASE)
      ) {
        context.report({
          messageId: "nkey",
          data: { name, listeners },
          span: entrySpan(entry),
          related: mappingRelated(blocks),
          help: "Remove no_auth_user if every client on this listener should be identified by its certificate.",
        });
      }
    }
  },
};

function isNkeyUser(context: RuleContext, name: string): boolean {
  return context.users.some((user) => {
    const value = user.nkey?.value;
    return user.scope === "global" && value?.type === "string" && value.value === name;
  });
}
