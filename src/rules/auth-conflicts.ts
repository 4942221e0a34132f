import type { RelatedSpan } from "../diagnostics/diagnostic.js";
import {
  blockEntry,
  clientUsers,
  nonEmptyString,
  topAuthorization,
  accountOf,
} from "../model/auth-config.js";
import type { Entry } from "../resolve/values.js";
import { entrySpan } from "./spans.js";
import type { Rule, RuleContext } from "./types.js";

/** Points at the users arrays of accounts that define users. */
function accountUserArrays(context: RuleContext): RelatedSpan[] {
  const seen = new Set<Entry>();
  const related: RelatedSpan[] = [];
  for (const user of clientUsers(context)) {
    const account = accountOf(user);
    const owner = user.instance.owner;
    if (account === undefined || owner === null || seen.has(owner)) continue;
    seen.add(owner);
    related.push({
      span: owner.keyOrigin,
      message: `account ${account.owner?.key ?? ""} defines users here`,
    });
  }
  return related;
}

export const rule: Rule = {
  meta: {
    id: "auth-conflicts",
    severity: "error",
    description: "authorization methods that nats-server does not allow together",
    server: "rejects",
    messages: {
      userAndToken:
        "authorization sets both a token and a user or password; nats-server rejects the config because a client authenticates with one or the other.",
      userAndUsers:
        "authorization sets a single user and also a users array; nats-server rejects the config.",
      tokenAndUsers:
        "authorization sets a token and also a users array; nats-server rejects the config.",
      userAndAccounts:
        "authorization sets a single user while accounts define users; nats-server rejects the config.",
      tokenAndAccounts:
        "authorization sets a token while accounts define users; nats-server rejects the config.",
    },
  },
  check(context) {
    const authorization = topAuthorization(context);
    if (authorization === undefined) return;
    const user = blockEntry(authorization, "user");
    const password = blockEntry(authorization, "password");
    const token = blockEntry(authorization, "token");
    const users = blockEntry(authorization, "users");
    // The server treats an empty string as unset.
    const single = nonEmptyString(user) === undefined ? undefined : user;
    const credential = single ?? (nonEmptyString(password) === undefined ? undefined : password);
    const tokenSet = nonEmptyString(token) === undefined ? undefined : token;

    if (tokenSet !== undefined && credential !== undefined) {
      context.report({
        messageId: "userAndToken",
        span: entrySpan(tokenSet),
        related: [{ span: entrySpan(credential), message: `${credential.key} is set here` }],
        help: "Keep either the token or user and password; for several clients use a users array.",
      });
    }
    // `users: []` counts, because the server only checks whether the key is there.
    let reported = false;
    if (users !== undefined) {
      const related = [{ span: users.keyOrigin, message: "the users array is here" }];
      if (single !== undefined) {
        context.report({
          messageId: "userAndUsers",
          span: entrySpan(single),
          related,
          help: "Move the single user into the users array and remove user and password.",
        });
        reported = true;
      } else if (tokenSet !== undefined) {
        context.report({
          messageId: "tokenAndUsers",
          span: entrySpan(tokenSet),
          related,
          help: "Remove the token, or remove the users array.",
        });
        reported = true;
      }
    }

    // One finding per conflicting credential: account users repeat the same problem.
    const accountUsers = accountUserArrays(context);
    if (reported || accountUsers.length === 0) return;
    if (single !== undefined) {
      context.report({
        messageId: "userAndAccounts",
        span: entrySpan(single),
        related: accountUsers,
        help: "Define the user in an account's users array instead of authorization.",
      });
    } else if (tokenSet !== undefined) {
      context.report({
        messageId: "tokenAndAccounts",
        span: entrySpan(tokenSet),
        related: accountUsers,
        help: "Remove the token, or remove the users from the accounts.",
      });
    }
  },
};
