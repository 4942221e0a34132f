import {
  blockEntry,
  definedAccounts,
  type DefinedAccount,
  hasChange,
  keyInTarget,
  topEntry,
} from "../model/auth-config.js";
import { importDecision, readExports, type ExportKind } from "../model/auth-exports.js";
import { isValidPublishSubject, isValidSubject } from "../model/subjects.js";
import type { BlockInstance } from "../model/walk.js";
import { locate, type Entry, type Value } from "../resolve/values.js";
import { entrySpan } from "./spans.js";
import type { Rule, RuleContext } from "./types.js";

/**
 * Releases from which a duplicate service import subject is an error only when
 * both imports come from the same account; earlier ones reject any repeat.
 */
const PER_ACCOUNT_DUPLICATES = ["2.10.28", "2.11.2"];

/** Returns true when any token is `*` or `>`, as the server's subjectIsLiteral checks. */
function hasWildcard(subject: string): boolean {
  return subject.split(".").some((token) => token === "*" || token === ">");
}

/** Export keys that only a service takes; threshold is checked separately. */
const SERVICE_ONLY = ["response", "latency", "allow_trace"];

interface Scope {
  context: RuleContext;
  accounts: Map<string, DefinedAccount>;
  account: string;
}

/** Returns the block instances of the maps in an account's exports or imports array. */
function itemsOf(scope: Scope, account: BlockInstance, key: string): BlockInstance[] {
  const value = blockEntry(account, key)?.value;
  if (value?.type !== "array") return [];
  return scope.context.blocks.filter(
    (block) => block.parent === account && block.owner?.value === value,
  );
}

/** Reports an item that sets both stream and service; returns true when it did. */
function checkKind(scope: Scope, item: BlockInstance, what: string): boolean {
  const stream = blockEntry(item, "stream");
  const service = blockEntry(item, "service");
  if (stream === undefined && service === undefined) {
    scope.context.report({
      messageId: "noKind",
      data: { what, account: scope.account },
      span: locate(item.map),
      help: `Add stream or service to the ${what}, or remove it.`,
      server: "accepts",
    });
    return true;
  }
  if (stream === undefined || service === undefined) return false;
  const [first, second] =
    stream.keyStart < service.keyStart ? [stream, service] : [service, stream];
  scope.context.report({
    messageId: "bothKinds",
    data: { what, account: scope.account },
    span: entrySpan(second),
    related: [{ span: entrySpan(first), message: `${first.key} is set here` }],
    help: `Split it into one ${what} for the stream and one for the service.`,
  });
  return true;
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
  const map = scope.context.blocks.find(
    (block) => block.parent === item && block.map === latency.value,
  );
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
  if (checkKind(scope, item, "export")) return;
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

interface ServiceImport {
  account: string;
  subject: string;
  item: BlockInstance;
}

/** Reads the account and subject of an import's stream or service map. */
function readSource(scope: Scope, source: Entry): { account: string; subject: string } | undefined {
  const map = scope.context.blocks.find((block) => block.map === source.value);
  if (map === undefined) return undefined;
  const account = blockEntry(map, "account")?.value;
  const subject = blockEntry(map, "subject")?.value;
  const accountName = account?.type === "string" ? account.value : "";
  const subjectText = subject?.type === "string" ? subject.value : "";
  if (accountName === "" || subjectText === "") {
    scope.context.report({
      messageId: "importSource",
      data: { key: source.key },
      span: entrySpan(source),
      help: `Write ${source.key}: { account: <exporting account>, subject: <exported subject> }.`,
    });
    return undefined;
  }
  if (!scope.accounts.has(accountName)) {
    scope.context.report({
      messageId: "unknownAccount",
      data: { name: accountName, where: `an import of account ${scope.account}` },
      span: entrySpan(blockEntry(map, "account")!),
      help: "Define the account, or correct the name (account names are case-sensitive).",
    });
  }
  if (!isValidSubject(subjectText)) {
    scope.context.report({
      messageId: "importSubject",
      data: { subject: subjectText },
      span: entrySpan(blockEntry(map, "subject")!),
      help: "Write the subject as dot-separated tokens without spaces or empty tokens; > may only come last.",
    });
  } else {
    checkAuthorized(scope, source, accountName, subjectText);
  }
  return { account: accountName, subject: subjectText };
}

/** Checks that an export of the same kind covers the imported subject and admits the account. */
function checkAuthorized(scope: Scope, source: Entry, exporter: string, subject: string): void {
  const defined = scope.accounts.get(exporter);
  if (defined === undefined) return;
  const kind = source.key.toLowerCase() as ExportKind;
  const exports =
    defined.instance === undefined ? [] : readExports(scope.context, defined.instance);
  if (importDecision(exports, kind, subject, scope.account) !== "denied") return;
  scope.context.report({
    messageId: "notExported",
    data: { exporter, kind, subject, importer: scope.account },
    span: entrySpan(source),
    help: `Export ${kind} "${subject}" (or a subject that covers it) from account ${exporter}, with ${scope.account} in its accounts list or no list at all.`,
  });
}

/** Reports keys that only the other kind of import takes. */
function checkImportDirectives(scope: Scope, item: BlockInstance, kind: Entry): void {
  const isStream = kind.key.toLowerCase() === "stream";
  const prefix = blockEntry(item, "prefix");
  const to = blockEntry(item, "to");
  const share = blockEntry(item, "share");
  const traceEntry = blockEntry(item, "allow_trace");
  const trace =
    traceEntry !== undefined && keyInTarget(scope.context.target, item, traceEntry)
      ? traceEntry
      : undefined;

  const related = [
    { span: entrySpan(kind), message: `this import is a ${kind.key.toLowerCase()}` },
  ];
  const report = (messageId: string, entry: Entry, help: string, server?: "accepts") =>
    scope.context.report({
      messageId,
      data: { key: entry.key },
      span: entrySpan(entry),
      related,
      help,
      ...(server === undefined ? {} : { server }),
    });

  if (isStream && prefix !== undefined && to !== undefined) {
    report("prefixAndTo", to, "Keep either prefix or to.");
  }
  // The prefix is put in front of published subjects, so it must be literal.
  if (isStream && prefix?.value.type === "string" && hasWildcard(prefix.value.value)) {
    report("prefixWildcard", prefix, "Remove the * and > tokens from the prefix.");
  }
  if (isStream && share !== undefined) report("ignoredOnStream", share, "Remove share.", "accepts");
  if (!isStream && prefix !== undefined) {
    report("ignoredOnService", prefix, "Use to for the local subject of a service.", "accepts");
  }
  if (!isStream && trace !== undefined) {
    report("traceOnService", trace, "Remove allow_trace; only stream imports take it.");
  }
}

function checkImports(scope: Scope, items: BlockInstance[]): void {
  const perAccount = hasChange(scope.context.target, PER_ACCOUNT_DUPLICATES);
  const services = new Map<string, ServiceImport[]>();
  for (const item of items) {
    if (checkKind(scope, item, "import")) continue;
    const kind = blockEntry(item, "stream") ?? blockEntry(item, "service")!;
    checkImportDirectives(scope, item, kind);
    const source = readSource(scope, kind);
    if (source === undefined || kind.key.toLowerCase() !== "service") continue;
    const to = blockEntry(item, "to")?.value;
    const local = to?.type === "string" && to.value !== "" ? to.value : source.subject;
    const earlier = (services.get(local) ?? []).find(
      (other) => !perAccount || other.account === source.account,
    );
    if (earlier !== undefined) {
      scope.context.report({
        messageId: "duplicateService",
        data: { subject: local },
        span: locate(item.map),
        related: [{ span: locate(earlier.item.map), message: "first imported here" }],
        help: "Give one of the imports another local subject with to.",
      });
      continue;
    }
    services.set(local, [...(services.get(local) ?? []), { ...source, item }]);
  }
}

export const rule: Rule = {
  meta: {
    id: "account-imports-exports",
    severity: "error",
    description: "account imports and exports that nats-server rejects or ignores",
    server: "rejects",
    messages: {
      noKind:
        "This {what} of account {account} has neither stream nor service; nats-server ignores it without a word.",
      bothKinds:
        "This {what} of account {account} sets both stream and service; nats-server rejects the config.",
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
      importSource:
        "{key} of this import needs both account and subject; nats-server rejects the config.",
      prefixAndTo:
        "This stream import sets both prefix and {key}; nats-server rejects the config on some starts and ignores {key} on others, depending on map order.",
      prefixWildcard:
        "The {key} of this stream import contains a wildcard; nats-server rejects the config because the prefix must be a literal subject.",
      ignoredOnStream:
        "{key} applies to service imports only; nats-server ignores it on this stream import.",
      ignoredOnService:
        "{key} applies to stream imports only; nats-server ignores it on this service import.",
      traceOnService:
        "{key} applies to stream imports only; nats-server rejects it on a service import.",
      importSubject:
        'Imported subject "{subject}" is not a valid subject; nats-server rejects the config.',
      notExported:
        'Account {exporter} exports no {kind} that covers "{subject}" for account {importer}; nats-server rejects the config.',
      duplicateService:
        'Another service import already uses the local subject "{subject}"; nats-server rejects the config.',
    },
  },
  check(context) {
    const defined = definedAccounts(context);
    const accounts = new Map(defined.map((account) => [account.name, account]));
    for (const account of defined) {
      if (account.instance === undefined) continue;
      const scope: Scope = { context, accounts, account: account.name };
      for (const item of itemsOf(scope, account.instance, "exports")) checkExport(scope, item);
      checkImports(scope, itemsOf(scope, account.instance, "imports"));
    }
  },
};
