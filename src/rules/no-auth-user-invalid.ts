import { clientUsers, noAuthUserEntries, operatorEntry, userNkey } from "../model/auth-config.js";
import { isAtLeast } from "../target/version.js";
import { entrySpan } from "./spans.js";
import type { Rule } from "./types.js";

/** The release from which no_auth_user may name an nkey user. */
const NKEY_NO_AUTH_USER = "2.10.8";

function noUsersText(noUsers: boolean, nkeysCount: boolean): string {
  if (noUsers) return nkeysCount ? "users or nkeys" : "users";
  return nkeysCount ? "a user or nkey" : "a user";
}

export const rule: Rule = {
  meta: {
    id: "no-auth-user-invalid",
    severity: "error",
    description: "no_auth_user names no user of authorization or the accounts",
    server: "fails-at-startup",
    messages: {
      noUsers:
        'no_auth_user {where} names "{name}", but no {kinds} are defined in authorization.users or an account; nats-server refuses to start.',
      notFound:
        'no_auth_user {where} names "{name}", which is not {kinds} in authorization.users or an account; nats-server refuses to start.',
      nkeyTooOld:
        'no_auth_user {where} names the nkey "{name}"; nats-server {since} and later accept an nkey here, but older servers look up user names only and refuse to start.',
    },
  },
  check(context) {
    // Operator mode rejects no_auth_user anyway; operator-mode-conflicts reports it.
    if (operatorEntry(context) !== undefined) return;
    const nkeysCount = isAtLeast(context.target, NKEY_NO_AUTH_USER);
    const names = new Set<string>();
    const nkeys = new Set<string>();
    for (const user of clientUsers(context)) {
      const nkey = userNkey(user);
      if (nkey !== undefined) nkeys.add(nkey);
      else if (user.name !== undefined && user.name !== "") names.add(user.name);
    }

    for (const { entry, where } of noAuthUserEntries(context)) {
      const value = entry.value;
      if (value.type !== "string" || value.value === "") continue;
      const name = value.value;
      if (names.has(name) || (nkeysCount && nkeys.has(name))) continue;
      const span = entrySpan(entry);
      if (nkeys.has(name)) {
        context.report({
          messageId: "nkeyTooOld",
          data: { where, name, since: NKEY_NO_AUTH_USER },
          span,
          help: "Name a user with a user name here, or target nats-server 2.10.8 or later.",
        });
        continue;
      }
      const noUsers = names.size === 0 && (!nkeysCount || nkeys.size === 0);
      context.report({
        messageId: noUsers ? "noUsers" : "notFound",
        data: { where, name, kinds: noUsersText(noUsers, nkeysCount) },
        span,
        help: noUsers
          ? "Define the user in authorization.users or an account's users, or remove no_auth_user."
          : "Correct the name (it is case-sensitive), or add the user to authorization.users or an account.",
      });
    }
  },
};
