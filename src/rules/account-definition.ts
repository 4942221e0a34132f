import {
  blockEntry,
  definedAccounts,
  keyInTarget,
  topEntry,
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
      "an account that nats-server rejects: the reserved $G, a repeated name, an invalid nkey or message-trace setting",
    server: "rejects",
    messages: {
      notMap: 'Account "{name}" is not a map; nats-server rejects the config.',
      reserved: '"$G" is the reserved name of the global account; nats-server rejects the config.',
      duplicate: 'Account "{name}" is named twice; nats-server rejects the config.',
      nkey: "The nkey of account {account} is {shape}, not a public account nkey; nats-server rejects the config.",
      traceDest:
        'msg_trace sends traces to "{subject}", which is not a subject one can publish to; nats-server rejects the config.',
      traceSampling: "msg_trace sampling is invalid: {problem}; nats-server rejects the config.",
    },
  },
  check(context) {
    const accounts = definedAccounts(context);
    checkEntryTypes(context);
    checkNames(context, accounts);
    for (const account of accounts) {
      if (account.instance === undefined) continue;
      checkNkey(context, account.instance);
      checkMsgTrace(context, account.instance);
    }
  },
};
