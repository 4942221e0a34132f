import {
  blockEntry,
  definedAccounts,
  keyInTarget,
  operatorEntry,
  topEntry,
  topLevel,
  type DefinedAccount,
} from "../model/auth-config.js";
import { describeNkeyShape, isValidPublicNkey, nkeyShape } from "../model/nkeys.js";
import { isValidPublishSubject } from "../model/subjects.js";
import { blockOf, type BlockInstance } from "../model/walk.js";
import { Entry, locate, type Value } from "../resolve/values.js";
import type { Span } from "../source.js";
import { entrySpan } from "./spans.js";
import type { Rule, RuleContext } from "./types.js";

/** The name nats-server keeps for the global account. */
const GLOBAL_ACCOUNT = "$G";

function originSpan(account: DefinedAccount): Span {
  return account.origin instanceof Entry ? account.origin.keyOrigin : locate(account.origin);
}

function checkNames(context: RuleContext, accounts: readonly DefinedAccount[]): void {
  const seen = new Map<string, DefinedAccount>();
  for (const account of accounts) {
    if (account.name === GLOBAL_ACCOUNT) {
      context.report({
        messageId: "reserved",
        span: originSpan(account),
        help: "Pick another name; clients without an account already land in $G.",
      });
      continue;
    }
    const first = seen.get(account.name);
    if (first === undefined) {
      seen.set(account.name, account);
      continue;
    }
    // Only the array form can name an account twice; the map form keeps one key.
    context.report({
      messageId: "duplicate",
      data: { name: account.name },
      span: originSpan(account),
      related: [{ span: originSpan(first), message: "first named here" }],
      help: "Remove the second entry.",
    });
  }
}

/** Reports entries of the map form whose value is not a map (the server skips $variables). */
function checkEntryTypes(context: RuleContext): void {
  const value = topEntry(context, "accounts")?.value;
  if (value?.type !== "map") return;
  for (const entry of value.entries.values()) {
    if (entry.usedAsVariable || entry.value.type === "map") continue;
    context.report({
      messageId: "notMap",
      data: { name: entry.key },
      span: entrySpan(entry),
      help: `Write ${entry.key}: {} for an account without settings, or list names in the array form.`,
    });
  }
}

function checkNkey(context: RuleContext, instance: BlockInstance): void {
  const entry = blockEntry(instance, "nkey");
  if (entry?.value.type !== "string" || isValidPublicNkey(entry.value.value, "account")) return;
  const shape = nkeyShape(entry.value.value);
  context.report({
    messageId: "nkey",
    data: { account: instance.owner?.key ?? "", shape: describeNkeyShape(shape) },
    span: entrySpan(entry),
    help:
      shape === "seed"
        ? "Never put a seed in the server config: give the public account nkey that belongs to it."
        : "Give the account's public nkey: 56 characters starting with A.",
  });
}

/**
 * Returns the entry that names the system account. nats-server reads the
 * exact lower-case keys only, and system_account before system.
 */
function systemAccountEntry(context: RuleContext): Entry | undefined {
  const entries = [...topLevel(context).map.entries.values()];
  return (
    entries.find((entry) => entry.key === "system_account") ??
    entries.find((entry) => entry.key === "system")
  );
}

/**
 * Reports a system_account that names no account of the config. nats-server
 * 2.9.10 to 2.14 look the name up when they start and stop with "error
 * resolving system account: account missing". Only $G, the global account,
 * exists without being configured. The server creates $SYS later, and only
 * when system_account is not set.
 */
function checkSystemAccount(context: RuleContext, accounts: readonly DefinedAccount[]): void {
  // In operator mode, or with a resolver, the name is an account public key
  // that the server fetches as a JWT.
  if (operatorEntry(context) !== undefined || topEntry(context, "resolver") !== undefined) return;
  const entry = systemAccountEntry(context);
  if (entry?.value.type !== "string") return;
  const name = entry.value.value;
  if (name === "" || name === GLOBAL_ACCOUNT) return;
  if (accounts.some((account) => account.name === name)) return;
  const similar = accounts.find((account) => account.name.toLowerCase() === name.toLowerCase());
  context.report({
    messageId: "systemMissing",
    data: { key: entry.key, name },
    span: entrySpan(entry),
    server: "fails-at-startup",
    help:
      similar !== undefined
        ? `Account names are case-sensitive: write ${entry.key}: "${similar.name}".`
        : `Define the account (accounts { ${JSON.stringify(name)}: {} }) or name one that exists.`,
  });
}

/** Returns the sampling percentage of msg_trace, or a reason it is invalid. */
function readSampling(value: Value): number | string | undefined {
  if (value.type === "int64") return Number(value.value);
  if (value.type !== "string") return undefined;
  const text = value.value.endsWith("%") ? value.value.slice(0, -1) : value.value;
  return /^[+-]?\d+$/.test(text) ? Number(text) : `"${value.value}" is not a number`;
}

/** Message tracing: a destination subject, or a map of dest and sampling (2.11.0 and later). */
function checkMsgTrace(context: RuleContext, instance: BlockInstance): void {
  const entry = blockEntry(instance, "msg_trace");
  if (entry === undefined || !keyInTarget(context.target, instance, entry)) return;
  const traceMap = blockOf(context.blocks, entry.value);
  const dest = traceMap === undefined ? entry : blockEntry(traceMap, "dest");
  if (dest?.value.type === "string" && !isValidPublishSubject(dest.value.value)) {
    context.report({
      messageId: "traceDest",
      data: { subject: dest.value.value },
      span: entrySpan(dest),
      help: "Give a subject without wildcards, such as trace.events.",
    });
  }
  const sampling = traceMap === undefined ? undefined : blockEntry(traceMap, "sampling");
  if (sampling === undefined) return;
  const read = readSampling(sampling.value);
  if (read === undefined || (typeof read === "number" && read >= 1 && read <= 100)) return;
  context.report({
    messageId: "traceSampling",
    data: { problem: typeof read === "string" ? read : `${read} is outside 1 to 100` },
    span: entrySpan(sampling),
    help: 'Give a percentage from 1 to 100, as 50 or "50%".',
  });
}

export const rule: Rule = {
  meta: {
    id: "account-definition",
    severity: "error",
    description:
      "an account that nats-server rejects: the reserved $G, a repeated name, an invalid nkey or message-trace setting, or a system_account that names no account",
    server: "rejects",
    messages: {
      notMap: 'Account "{name}" is not a map; nats-server rejects the config.',
      reserved: '"$G" is the reserved name of the global account; nats-server rejects the config.',
      duplicate: 'Account "{name}" is named twice; nats-server rejects the config.',
      nkey: "The nkey of account {account} is {shape}, not a public account nkey; nats-server rejects the config.",
      traceDest:
        'msg_trace sends traces to "{subject}", which is not a subject one can publish to; nats-server rejects the config.',
      traceSampling: "msg_trace sampling is invalid: {problem}; nats-server rejects the config.",
      systemMissing:
        '{key} is "{name}", but no account has that name; nats-server passes -t but stops at start-up ("error resolving system account: account missing").',
    },
  },
  check(context) {
    const accounts = definedAccounts(context);
    checkEntryTypes(context);
    checkNames(context, accounts);
    checkSystemAccount(context, accounts);
    for (const account of accounts) {
      if (account.instance === undefined) continue;
      checkNkey(context, account.instance);
      checkMsgTrace(context, account.instance);
    }
  },
};
