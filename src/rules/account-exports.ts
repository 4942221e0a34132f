import { blockEntry, definedAccounts, keyInTarget, topEntry } from "../model/auth-config.js";
import { itemsOf } from "../model/auth-exports.js";
import { isSubsetMatch, isValidPublishSubject } from "../model/subjects.js";
import { blockOf, entriesFor, type BlockInstance } from "../model/walk.js";
import { locate, type Entry, type Value } from "../resolve/values.js";
import { checkItemKind } from "./account-items.js";
import { entrySpan } from "./spans.js";
import type { Rule, RuleContext } from "./types.js";

/** Export keys that only a service takes; threshold is checked separately. */
const SERVICE_ONLY = ["response", "latency", "allow_trace"];

/**
 * Export directives that nats-server rejects when one export sets them twice,
 * under two spellings: "Duplicate response type definition" and "Duplicate
 * response threshold detected" (server/opts.go parseExportStreamOrService,
 * 2.9.10 to 2.14).
 */
const SINGLE_DIRECTIVES = [
  { name: "response", what: "response type" },
  { name: "threshold", what: "response threshold" },
];

interface Scope {
  context: RuleContext;
  accounts: Set<string>;
  account: string;
  /** Subjects of the account's service exports so far, in the order the server adds them. */
  services: string[];
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

/** Returns the map form of an export's latency, or undefined for the string form. */
function latencyMap(scope: Scope, item: BlockInstance, latency: Entry): BlockInstance | undefined {
  const found = blockOf(scope.context.blocks, latency.value);
  return found?.parent === item ? found : undefined;
}

/**
 * Checks a latency map the way nats-server parses it. The server parses it
 * before it reads stream or service, so an export with neither fails too.
 * Returns true when it reported a problem.
 */
function checkLatencyMap(scope: Scope, item: BlockInstance, latency: Entry): boolean {
  const map = latencyMap(scope, item, latency);
  if (map === undefined) return false;
  let reported = false;
  const sampling = blockEntry(map, "sampling");
  const problem = sampling === undefined ? undefined : samplingProblem(sampling.value);
  if (sampling !== undefined && problem !== undefined) {
    scope.context.report({
      messageId: "latencySampling",
      data: { problem },
      span: entrySpan(sampling),
      help: 'Give 1 to 100, "N%" or "headers".',
    });
    reported = true;
  }
  if (blockEntry(map, "subject") === undefined) {
    scope.context.report({
      messageId: "latencySubject",
      span: entrySpan(latency),
      help: "Add subject: <subject that receives latency reports>.",
    });
    reported = true;
  }
  return reported;
}

/**
 * Checks the latency settings that nats-server validates when it turns
 * tracking on for a service export (Account.TrackServiceExportWithSampling, 2.9.10 to 2.14).
 */
function checkLatencyTracking(scope: Scope, item: BlockInstance, latency: Entry): void {
  const report = (messageId: string, span: Entry, data: Record<string, string>, help: string) =>
    scope.context.report({ messageId, data, span: entrySpan(span), help });
  const noSystem = topEntry(scope.context, "no_system_account")?.value;
  if (noSystem?.type === "bool" && noSystem.value) {
    // The server applies no_system_account only if it reads that key before accounts,
    // and Go's map order decides which top-level key it reads first (2.9.10).
    scope.context.report({
      messageId: "latencyNoSystem",
      span: entrySpan(latency),
      help: "Remove latency, or turn the system account back on.",
      server: "rejects-sometimes",
    });
  }
  const map = latencyMap(scope, item, latency);
  const subject = map === undefined ? latency : blockEntry(map, "subject");
  if (subject?.value.type !== "string") return;
  const reports = subject.value.value;
  if (!isValidPublishSubject(reports)) {
    report(
      "latencyBadSubject",
      subject,
      { subject: reports },
      "Give a subject without wildcards, such as latency.orders.",
    );
    return;
  }
  // The server rejects a report subject that a service export of the account
  // matches, counting only the services added so far: those up to this one.
  const service = scope.services.find((exported) => isSubsetMatch(reports, exported));
  if (service !== undefined) {
    report(
      "latencyLoop",
      subject,
      { subject: reports, service },
      "Send latency reports to a subject that no service export of the account matches.",
    );
  }
}

/**
 * Reports a response type or threshold that one export sets under two
 * spellings. Returns true when it reported one.
 */
function checkSingleDirectives(scope: Scope, item: BlockInstance): boolean {
  let reported = false;
  for (const { name, what } of SINGLE_DIRECTIVES) {
    const [first, ...others] = entriesFor(item.spec, item.map, name);
    for (const other of others) {
      scope.context.report({
        messageId: "duplicateDirective",
        data: { first: first!.key, second: other.key, what },
        span: entrySpan(other),
        related: [{ span: entrySpan(first!), message: `${first!.key} is set here` }],
        help: `Keep one of ${first!.key} and ${other.key}.`,
      });
      reported = true;
    }
  }
  return reported;
}

/**
 * Reports an account_token_position that does not point at a `*` token of
 * the subject, which nats-server rejects when it adds the export (setExportAuth,
 * 2.9.10 to 2.14). A negative position fails the same way, with an index error.
 */
function checkTokenPosition(scope: Scope, item: BlockInstance, kind: Entry): void {
  const position = blockEntry(item, "account_token_position");
  if (position?.value.type !== "int64" || position.value.value === 0n) return;
  if (kind.value.type !== "string") return;
  const tokens = kind.value.value.split(".");
  const index = position.value.value;
  if (index > 0n && index <= BigInt(tokens.length) && tokens[Number(index) - 1] === "*") return;
  scope.context.report({
    messageId: index < 0n ? "tokenPositionNegative" : "tokenPosition",
    data: { key: position.key, position: index, subject: kind.value.value },
    span: entrySpan(position),
    related: [{ span: entrySpan(kind), message: `the ${kind.key} subject is set here` }],
    help: `Point ${position.key} at a * token of the subject, counting tokens from 1.`,
  });
}

function checkExport(scope: Scope, item: BlockInstance): void {
  const duplicates = checkSingleDirectives(scope, item);
  const latency = blockEntry(item, "latency");
  const badLatency = latency !== undefined && checkLatencyMap(scope, item, latency);
  // An export without stream or service is ignored only when it parses, so
  // one with these problems is rejected and gets no noKind finding.
  const kind = blockEntry(item, "stream") ?? blockEntry(item, "service");
  if ((duplicates || badLatency) && kind === undefined) return;
  if (checkItemKind(scope.context, scope.account, item, "export")) return;
  checkAccountList(scope, item);
  const stream = blockEntry(item, "stream");
  if (stream !== undefined) {
    checkTokenPosition(scope, item, stream);
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
  const service = blockEntry(item, "service")!;
  checkTokenPosition(scope, item, service);
  if (service.value.type === "string") scope.services.push(service.value.value);
  if (latency === undefined) return;
  checkLatencyTracking(scope, item, latency);
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
        "Latency tracking needs the system account, but no_system_account is true. nats-server rejects the config on the starts that read no_system_account before accounts, which Go's random map order decides.",
      latencySubject: "latency is a map without subject; nats-server rejects the config.",
      latencyBadSubject:
        'Latency reports go to "{subject}", which is not a subject one can publish to; nats-server rejects the config.',
      latencyResponse:
        "latency needs a service that answers with a single response, but {key} is {type}; nats-server rejects the config.",
      latencySampling: "latency sampling is invalid: {problem}; nats-server rejects the config.",
      latencyLoop:
        'Latency reports go to "{subject}", which the service export "{service}" of this account matches; nats-server rejects the config, so that reports cannot loop back into a service.',
      duplicateDirective:
        "This export sets the {what} twice, as {first} and {second}; nats-server rejects the config.",
      tokenPosition:
        '{key} is {position}, but token {position} of "{subject}" is not *; nats-server rejects the config.',
      tokenPositionNegative:
        "{key} is {position}, but token positions count from 1; nats-server rejects the config.",
    },
  },
  check(context) {
    const defined = definedAccounts(context);
    const accounts = new Set(defined.map((account) => account.name));
    for (const account of defined) {
      if (account.instance === undefined) continue;
      const scope: Scope = { context, accounts, account: account.name, services: [] };
      for (const item of itemsOf(context, account.instance, "exports")) checkExport(scope, item);
    }
  },
};
