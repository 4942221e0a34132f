import {
  accountOf,
  blockEntry,
  clientUsers,
  definedAccounts,
  noAuthUserEntries,
  nonEmptyString,
  operatorEntry,
  keyInTarget,
  topAuthorization,
  topEntry,
  topLevel,
} from "../model/auth-config.js";
import type { Entry } from "../resolve/values.js";
import { entrySpan } from "./spans.js";
import type { Finding, Rule, RuleContext } from "./types.js";

/** Returns the entry when its value is set: a non-empty string or array, or any map. */
function setEntry(entry: Entry | undefined): Entry | undefined {
  const value = entry?.value;
  if (value === undefined) return undefined;
  if (value.type === "string" && value.value === "") return undefined;
  if (value.type === "array" && value.items.length === 0) return undefined;
  return entry;
}

/**
 * Tells whether the server can fall back to the account server URL of the
 * operator JWT, which it does when there is exactly one operator and no
 * resolver: "url" when an inline JWT names one, "unknown" for a JWT file.
 */
function resolverFallback(operator: Entry): "url" | "none" | "unknown" {
  const value = operator.value;
  const items = value.type === "array" ? value.items : [value];
  if (items.length !== 1 || items[0]!.type !== "string") return "none";
  const text = items[0]!.value;
  const parts = text.split(".");
  if (parts.length !== 3 || !text.startsWith("eyJ")) return "unknown";
  try {
    const claims = JSON.parse(Buffer.from(parts[1]!, "base64url").toString("utf8")) as {
      nats?: { account_server_url?: unknown };
    };
    const url = claims.nats?.account_server_url;
    return typeof url === "string" && url !== "" ? "url" : "none";
  } catch {
    return "unknown";
  }
}

/** Lists findings for keys that operator mode forbids, in the order nats-server checks them. */
function conflicts(context: RuleContext, operator: Entry): Finding[] {
  const related = [{ span: entrySpan(operator), message: "operator mode is turned on here" }];
  const found: Finding[] = [];
  const add = (messageId: string, entry: Entry, help: string, key = entry.key): void => {
    found.push({ messageId, data: { key }, span: entrySpan(entry), related, help });
  };

  const fallback = resolverFallback(operator);
  if (topEntry(context, "resolver") === undefined && fallback !== "url") {
    found.push({
      messageId: fallback === "none" ? "noResolver" : "noResolverMaybe",
      span: entrySpan(operator),
      help: 'Add a resolver: resolver: { type: full, dir: "./jwt" }, or resolver: MEMORY with resolver_preload.',
    });
  }
  const accounts = topEntry(context, "accounts");
  if (accounts !== undefined && definedAccounts(context).length > 0) {
    add(
      "accounts",
      accounts,
      "Remove the accounts block and manage accounts with nsc as account JWTs.",
    );
  }
  const authorization = topAuthorization(context);
  const users = authorization === undefined ? undefined : blockEntry(authorization, "users");
  const hasUsers = clientUsers(context).some((user) => accountOf(user) === undefined);
  if (users !== undefined && hasUsers) {
    add("users", users, "Remove the users and issue user JWTs (creds files) with nsc.");
  }
  const trusted = setEntry(topEntry(context, "trusted"));
  if (trusted !== undefined) {
    add("trusted", trusted, "Remove trusted; the operator JWT already names the trusted keys.");
  }
  const callout =
    authorization === undefined ? undefined : blockEntry(authorization, "auth_callout");
  if (callout !== undefined && keyInTarget(context.target, authorization!, callout)) {
    add(
      "callout",
      callout,
      "Remove auth_callout; in operator mode, configure the callout in the account JWT with nsc.",
    );
  }
  for (const { entry } of noAuthUserEntries(context)) {
    if (nonEmptyString(entry) === undefined) continue;
    add(
      "noAuthUser",
      entry,
      "Remove no_auth_user; with operators, use default_sentinel (nats-server 2.11 and later) for clients without credentials.",
    );
  }
  return found;
}

export const rule: Rule = {
  meta: {
    id: "operator-mode-conflicts",
    severity: "error",
    description: "settings that operator mode (operator JWTs) does not allow",
    server: "fails-at-startup",
    messages: {
      noResolverMaybe:
        "operator is set but no resolver is configured; nats-server then uses the account server URL of the operator JWT, and refuses to start if the JWT has none.",
      noResolver:
        "operator is set but no resolver is configured; nats-server refuses to start because operator mode looks up account JWTs through a resolver.",
      accounts:
        "{key} is configured together with operator; nats-server refuses to start because in operator mode accounts come from JWTs.",
      users:
        "authorization {key} is configured together with operator; nats-server refuses to start because in operator mode users come from JWTs.",
      trusted:
        "{key} is set together with operator; nats-server refuses to start because the two are alternative ways to trust operators.",
      callout:
        "authorization {key} is set together with operator; nats-server refuses to start because operator mode configures callouts in account JWTs.",
      noAuthUser:
        "{key} is set together with operator; nats-server refuses to start because operator mode has no configured users to fall back to.",
      sentinelWithoutOperator:
        "{key} is set but no operator is configured; nats-server refuses to start because the sentinel is a user JWT of operator mode.",
    },
  },
  check(context) {
    const operator = operatorEntry(context);
    if (operator === undefined) {
      const sentinel = setEntry(topEntry(context, "default_sentinel"));
      if (sentinel === undefined || !keyInTarget(context.target, topLevel(context), sentinel))
        return;
      context.report({
        messageId: "sentinelWithoutOperator",
        data: { key: sentinel.key },
        span: entrySpan(sentinel),
        help: "Remove default_sentinel, or configure operator and a resolver.",
      });
      return;
    }
    for (const finding of conflicts(context, operator)) context.report(finding);
  },
};
