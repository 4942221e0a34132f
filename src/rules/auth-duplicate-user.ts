import { accountOf, clientUsers, userNkey } from "../model/auth-config.js";
import type { User } from "../model/users.js";
import type { Entry } from "../resolve/values.js";
import { entrySpan } from "./spans.js";
import type { Rule } from "./types.js";

/** Names the block that defines a user, for messages: `authorization` or `account A`. */
function placeOf(user: User): string {
  const account = accountOf(user);
  return account === undefined ? "authorization" : `account ${account.owner?.key ?? ""}`;
}

/** Returns the entry that names the user: its nkey, else its user name. */
function identityEntry(user: User): Entry | undefined {
  return userNkey(user) !== undefined ? user.nkey : user.nameEntry;
}

export const rule: Rule = {
  meta: {
    id: "auth-duplicate-user",
    severity: "error",
    description: "a user name or nkey defined twice across authorization and the accounts",
    server: "rejects",
    messages: {
      duplicate:
        '{what} "{identity}" in {place} is already defined in {firstPlace}; nats-server rejects the config because names and nkeys must be unique across authorization and all accounts.',
    },
  },
  check(context) {
    // nats-server files user names and nkeys in one table, so a user named
    // like another user's nkey is a duplicate too.
    const first = new Map<string, User>();
    for (const user of clientUsers(context)) {
      const nkey = userNkey(user);
      const identity = nkey ?? user.name;
      const entry = identityEntry(user);
      if (identity === undefined || identity === "" || entry === undefined) continue;
      const earlier = first.get(identity);
      if (earlier === undefined) {
        first.set(identity, user);
        continue;
      }
      context.report({
        messageId: "duplicate",
        data: {
          what: nkey === undefined ? "User" : "Nkey",
          identity,
          place: placeOf(user),
          firstPlace: placeOf(earlier),
        },
        span: entrySpan(entry),
        related: [{ span: entrySpan(identityEntry(earlier)!), message: "first defined here" }],
        help: "Remove one of the two entries, or give each user its own name or nkey.",
      });
    }
  },
};
