import {
  accountNames,
  blockEntry,
  blocksWithId,
  clientUsers,
  keyInTarget,
  operatorEntry,
  userIdentity,
} from "../model/auth-config.js";
import { describeNkeyShape, isValidPublicNkey, nkeyShape, type NkeyKind } from "../model/nkeys.js";
import type { BlockInstance } from "../model/walk.js";
import { locate, type Entry } from "../resolve/values.js";
import { entrySpan } from "./spans.js";
import type { Rule, RuleContext } from "./types.js";

/** The account the callout's users belong to when `account` is not set. */
const GLOBAL_ACCOUNT = "$G";

function checkKey(
  context: RuleContext,
  entry: Entry | undefined,
  kind: NkeyKind,
  expected: string,
): void {
  if (entry?.value.type !== "string" || isValidPublicNkey(entry.value.value, kind)) return;
  const shape = nkeyShape(entry.value.value);
  context.report({
    messageId: "badKey",
    data: { key: entry.key, expected, shape: describeNkeyShape(shape) },
    span: entrySpan(entry),
    help:
      shape === "seed"
        ? `Never put a seed in the server config: give ${expected} that belongs to it.`
        : `Give ${expected}, as nsc or nk prints it.`,
  });
}

function checkRequired(context: RuleContext, callout: BlockInstance): void {
  const span = callout.owner?.keyOrigin ?? locate(callout.map);
  if (blockEntry(callout, "issuer") === undefined) {
    context.report({
      messageId: "missing",
      data: { key: "issuer" },
      span,
      help: "Add issuer: <public account nkey that signs the callout service's responses>.",
    });
  }
  const users = blockEntry(callout, "auth_users");
  if (users === undefined || (users.value.type === "array" && users.value.items.length === 0)) {
    context.report({
      messageId: "missing",
      data: { key: "auth_users" },
      span: users === undefined ? span : entrySpan(users),
      help: "Add auth_users: [ <user the callout service connects as> ].",
    });
  }
}

/** Checks that allowed_accounts names configured accounts, as options reading does since 2.11.0. */
function checkAllowedAccounts(
  context: RuleContext,
  callout: BlockInstance,
  accounts: Set<string>,
): void {
  const entry = blockEntry(callout, "allowed_accounts");
  if (entry === undefined || !keyInTarget(context.target, callout, entry)) return;
  const value = entry.value;
  if (value.type !== "array") return;
  for (const item of value.items) {
    if (item.type !== "string" || accounts.has(item.value)) continue;
    context.report({
      messageId: "allowedUnknown",
      data: { name: item.value },
      span: locate(item),
      help: "Define the account under accounts, or remove it from allowed_accounts (names are case-sensitive).",
    });
  }
}

/** Checks the callout account and auth users, which the server checks at start-up and only logs. */
function checkReferences(
  context: RuleContext,
  callout: BlockInstance,
  accounts: Set<string>,
): void {
  const account = blockEntry(callout, "account");
  if (account?.value.type === "string" && account.value.value !== GLOBAL_ACCOUNT) {
    if (!accounts.has(account.value.value)) {
      context.report({
        messageId: "accountUnknown",
        data: { name: account.value.value },
        span: entrySpan(account),
        help: "Define the account under accounts, or correct the name (it is case-sensitive).",
        server: "logs",
      });
    }
  }
  const users = blockEntry(callout, "auth_users")?.value;
  if (users?.type !== "array") return;
  const known = new Set(clientUsers(context).map(userIdentity));
  for (const item of users.items) {
    if (item.type !== "string" || known.has(item.value)) continue;
    context.report({
      messageId: "userUnknown",
      data: { name: item.value },
      span: locate(item),
      help: "Add the user to authorization.users or an account's users, or correct the name.",
      server: "logs",
    });
  }
}

export const rule: Rule = {
  meta: {
    id: "auth-callout",
    severity: "error",
    description: "an auth_callout block that nats-server rejects or cannot use",
    server: "rejects",
    messages: {
      missing: "auth_callout has no {key}; nats-server rejects the config because it is required.",
      badKey: "auth_callout {key} is {shape}, not {expected}; nats-server rejects the config.",
      allowedUnknown:
        'auth_callout allowed_accounts names "{name}", which is not a configured account; nats-server rejects the config.',
      accountUnknown:
        'auth_callout account "{name}" is not a configured account; nats-server logs an error at start-up and the callout cannot place its users.',
      userUnknown:
        'auth_callout auth_users names "{name}", which is not a configured user or nkey; nats-server logs an error at start-up and the callout service cannot connect as it.',
    },
  },
  check(context) {
    const accounts = accountNames(context);
    for (const callout of blocksWithId(context, "auth-callout")) {
      // cluster-auth-multi reports callouts in cluster or gateway authorization.
      const parent = callout.parent;
      if (parent?.spec.id !== "authorization" || callout.owner === null) continue;
      if (!keyInTarget(context.target, parent, callout.owner)) continue;
      checkRequired(context, callout);
      checkKey(context, blockEntry(callout, "issuer"), "account", "a public account nkey (A...)");
      checkKey(context, blockEntry(callout, "xkey"), "curve", "a public curve key (X...)");
      checkAllowedAccounts(context, callout, accounts);
      // Operator mode forbids the callout block, which operator-mode-conflicts reports.
      if (operatorEntry(context) === undefined) checkReferences(context, callout, accounts);
    }
  },
};
