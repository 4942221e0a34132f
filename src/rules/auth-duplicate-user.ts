import { accountOf, clientUsers, userNkey } from "../model/auth-config.js";
import { canBothBeInEffect, minimumInEffect, type User } from "../model/users.js";
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

/** Returns the name or nkey under which the server files the user, if it has one. */
function identityOf(user: User): string | undefined {
  const identity = userNkey(user) ?? user.name;
  return identity === "" || identityEntry(user) === undefined ? undefined : identity;
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
      duplicateSometimes:
        '{what} "{identity}" in {place} is also defined in {firstPlace}. A block that spells users in several cases keeps only one of its arrays, picked in Go\'s random map order, so nats-server rejects the config on the starts where both entries are in effect.',
    },
  },
  check(context) {
    // nats-server files user names and nkeys in one table, so a user named
    // like another user's nkey is a duplicate too.
    const users = clientUsers(context);
    const byIdentity = new Map<string, User[]>();
    for (const user of users) {
      const identity = identityOf(user);
      if (identity === undefined) continue;
      byIdentity.set(identity, [...(byIdentity.get(identity) ?? []), user]);
    }
    for (const [identity, sharing] of byIdentity) {
      if (sharing.length < 2) continue;
      // The config fails on every start when even the start with the fewest
      // of these users in effect has two of them.
      const always = minimumInEffect(sharing) >= 2;
      sharing.forEach((user, index) => {
        const earlier = sharing.slice(0, index).find((other) => canBothBeInEffect(other, user));
        if (earlier === undefined) return;
        context.report({
          messageId: always ? "duplicate" : "duplicateSometimes",
          data: {
            what: userNkey(user) === undefined ? "User" : "Nkey",
            identity,
            place: placeOf(user),
            firstPlace: placeOf(earlier),
          },
          span: entrySpan(identityEntry(user)!),
          related: [{ span: entrySpan(identityEntry(earlier)!), message: "first defined here" }],
          help: always
            ? "Remove one of the two entries, or give each user its own name or nkey."
            : 'Remove one of the two entries, and keep one spelling of "users" in each block.',
          server: always ? "rejects" : "rejects-sometimes",
        });
      });
    }
  },
};
