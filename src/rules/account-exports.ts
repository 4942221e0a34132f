import { blockEntry, definedAccounts, keyInTarget, topEntry } from "../model/auth-config.js";
import { itemsOf } from "../model/auth-exports.js";
import { isValidPublishSubject } from "../model/subjects.js";
import { blockOf, type BlockInstance } from "../model/walk.js";
import { locate, type Entry, type Value } from "../resolve/values.js";
import { checkItemKind } from "./account-items.js";
import { entrySpan } from "./spans.js";
import type { Rule, RuleContext } from "./types.js";

/** Export keys that only a service takes; threshold is checked separately. */
const SERVICE_ONLY = ["response", "latency", "allow_trace"];

interface Scope {
  context: RuleContext;
  accounts: Set<string>;
  account: string;
}

function checkAccountList(scope: Scope, item: BlockInstance): void {
  const value = blockEntry(item, "accounts")?.value;
  if (value?.type !== "array") return;
  for (const name of value.items) {
    if (name.type !== "string" || scope.accounts.has(name.value)) continue;
    scope.context.report({
      messageId: "unknownAccount",
      data: { name: name.value, where: `an export of account ${scope.account}` },
      span: locate(name),
      help: "Define the account, or correct the name (account names are case-sensitive).",
    });
  }
}

/** Returns why a latency sampling value is invalid, or undefined. */
function samplingProblem(value: Value): string | undefined {
  if (value.type === "string" && value.value.trim().toLowerCase() === "headers") return undefined;
  let percent: number | undefined;
  if (value.type === "int64") percent = Number(value.value);
  else if (value.type === "string" && /^[+-]?\d+$/.test(value.value.replace(/%$/, "")))
    percent = Number(value.value.replace(/%$/, ""));
  if (percent === undefined)
    return value.type === "string" ? `"${value.value}" is not a number` : undefined;
  return percent >= 1 && percent <= 100 ? undefined : `${percent} is outside 1 to 100`;
}

function checkLatency(scope: Scope, item: BlockInstance, latency: Entry): void {
  const report = (messageId: string, span: Entry, data: Record<string, string>, help: string) =>
    scope.context.report({ messageId, data, span: entrySpan(span), help });
  const noSystem = topEntry(scope.context, "no_system_account")?.value;
  if (noSystem?.type === "bool" && noSystem.value) {
    report("latencyNoSystem", latency, {}, "Remove latency, or turn the system account back on.");
  }
  const found = blockOf(scope.context.blocks, latency.value);
  const map = found?.parent === item ? found : undefined;
  const subject = map === undefined ? latency : blockEntry(map, "subject");
  if (map !== undefined && subject === undefined) {
    report("latencySubject", latency, {}, "Add subject: <subject that receives latency reports>.");
  }
  if (subject?.value.type === "string" && !isValidPublishSubject(subject.value.value)) {
    report(
      "latencyBadSubject",
      subject,
      { subject: subject.value.value },
      "Give a subject without wildcards, such as latency.orders.",
    );
  }
  const sampling = map === undefined ? undefined : blockEntry(map, "sampling");
  const problem = sampling === undefined ? undefined : samplingProblem(sampling.value);
  if (sampling !== undefined && problem !== undefined) {
    report("latencySampling", sampling, { problem }, 'Give 1 to 100, "N%" or "headers".');
  }
}

function checkExport(scope: Scope, item: BlockInstance): void {
  if (checkItemKind(scope.context, scope.account, item, "export")) return;
  checkAccountList(scope, item);
  const stream = blockEntry(item, "stream");
  if (stream !== undefined) {
    for (const name of SERVICE_ONLY) {
      const directive = blockEntry(item, name);
      if (directive === undefined || !keyInTarget(scope.context.target, item, directive)) continue;
      scope.context.report({
        messageId: "serviceOnly",
        data: { key: directive.key },
        span: entrySpan(directive),
        related: [{ span: entrySpan(stream), message: "this export is a stream" }],
        help: `Remove ${directive.key}, or export a service instead of a stream.`,
      });
    }
    const threshold = blockEntry(item, "threshold");
    if (threshold !== undefined) {
      scope.context.report({
        messageId: "thresholdOnStream",
        data: { key: threshold.key },
        span: entrySpan(threshold),
        related: [{ span: entrySpan(stream), message: "this export is a stream" }],
        help: `Remove ${threshold.key}; response thresholds apply to services.`,
      });
    }
    return;
  }
  const latency = blockEntry(item, "latency");
  if (latency === undefined) return;
  checkLatency(scope, item, latency);
  // Latency is measured for single responses only (TrackServiceExportWithSampling).
  const response = blockEntry(item, "response");
  const type = response?.value.type === "string" ? response.value.value.toLowerCase() : undefined;
  if (response !== undefined && type !== undefined && !["single", "singleton"].includes(type)) {
    scope.context.report({
      messageId: "latencyResponse",
      data: {
        key: response.key,
        type: response.value.type === "string" ? response.value.value : "",
      },
      span: entrySpan(latency),
      related: [{ span: entrySpan(response), message: `${response.key} is set here` }],
      help: "Remove latency, or set the response type to singleton (the default).",
    });
  }
}

export const rule: Rule = {
  meta: {
    id: "account-exports",
    severity: "error",
    description: "account exports that nats-server rejects or ignores",
    server: "rejects",
    messages: {
      noKind:
        "This export of account {account} has neither stream nor service; nats-server ignores it without a word.",
      bothKinds:
        "This export of account {account} sets both stream and service; nats-server rejects the config.",
      unknownAccount: 'Account "{name}" in {where} is not defined; nats-server rejects the config.',
      serviceOnly:
        "{key} applies to service exports only, but this export is a stream; nats-server rejects the config.",
      thresholdOnStream:
        "{key} applies to service exports only, but this export is a stream; nats-server rejects the config on some starts and ignores the key on others, depending on map order.",
      latencyNoSystem:
        "Latency tracking needs the system account, but no_system_account is true; nats-server rejects the config.",
      latencySubject: "latency is a map without subject; nats-server rejects the config.",
      latencyBadSubject:
        'Latency reports go to "{subject}", which is not a subject one can publish to; nats-server rejects the config.',
      latencyResponse:
        "latency needs a service that answers with a single response, but {key} is {type}; nats-server rejects the config.",
      latencySampling: "latency sampling is invalid: {problem}; nats-server rejects the config.",
    },
  },
  check(context) {
    const defined = definedAccounts(context);
    const accounts = new Set(defined.map((account) => account.name));
    for (const account of defined) {
      if (account.instance === undefined) continue;
      const scope: Scope = { context, accounts, account: account.name };
      for (const item of itemsOf(context, account.instance, "exports")) checkExport(scope, item);
    }
  },
};
