import {
  blockEntry,
  definedAccounts,
  hasChange,
  keyInTarget,
  type DefinedAccount,
} from "../model/auth-config.js";
import {
  importCycles,
  importDecision,
  itemsOf,
  readExports,
  type AddedImport,
  type ExportKind,
} from "../model/auth-exports.js";
import { isValidSubject } from "../model/subjects.js";
import { blockOf, type BlockInstance } from "../model/walk.js";
import { locate, type Entry } from "../resolve/values.js";
import { checkItemKind } from "./account-items.js";
import { entrySpan } from "./spans.js";
import type { Rule, RuleContext, ServerReaction } from "./types.js";

/**
 * Releases from which a duplicate service import subject is an error only when
 * both imports come from the same account; earlier ones reject any repeat.
 */
const PER_ACCOUNT_DUPLICATES = ["2.10.28", "2.11.2"];

/** Returns true when any token is `*` or `>`, as the server's subjectIsLiteral checks. */
function hasWildcard(subject: string): boolean {
  return subject.split(".").some((token) => token === "*" || token === ">");
}

interface Scope {
  context: RuleContext;
  accounts: Map<string, DefinedAccount>;
  account: string;
  /** Imports the server would add, in config order, for the cycle check. */
  added: { stream: AddedImport<BlockInstance>[]; service: AddedImport<BlockInstance>[] };
}

interface ServiceImport {
  account: string;
  subject: string;
  item: BlockInstance;
}

/** Reads the account and subject of an import's stream or service map. */
interface ImportSource {
  account: string;
  subject: string;
  /** True when the server would add the import: the account exists and exports the subject. */
  accepted: boolean;
}

function readSource(scope: Scope, source: Entry): ImportSource | undefined {
  const map = blockOf(scope.context.blocks, source.value);
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
  let accepted = scope.accounts.has(accountName);
  if (!isValidSubject(subjectText)) {
    accepted = false;
    scope.context.report({
      messageId: "importSubject",
      data: { subject: subjectText },
      span: entrySpan(blockEntry(map, "subject")!),
      help: "Write the subject as dot-separated tokens without spaces or empty tokens; > may only come last.",
    });
  } else if (!checkAuthorized(scope, source, accountName, subjectText)) {
    accepted = false;
  }
  return { account: accountName, subject: subjectText, accepted };
}

/** Checks that an export of the same kind covers the imported subject and admits the account. */
function checkAuthorized(scope: Scope, source: Entry, exporter: string, subject: string): boolean {
  const defined = scope.accounts.get(exporter);
  if (defined === undefined) return false;
  const kind = source.key.toLowerCase() as ExportKind;
  const exports =
    defined.instance === undefined ? [] : readExports(scope.context, defined.instance);
  if (importDecision(exports, kind, subject, scope.account) !== "denied") return true;
  scope.context.report({
    messageId: "notExported",
    data: { exporter, kind, subject, importer: scope.account },
    span: entrySpan(source),
    help: `Export ${kind} "${subject}" (or a subject that covers it) from account ${exporter}, with ${scope.account} in its accounts list or no list at all.`,
  });
  return false;
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
  const report = (messageId: string, entry: Entry, help: string, server?: ServerReaction) =>
    scope.context.report({
      messageId,
      data: { key: entry.key },
      span: entrySpan(entry),
      related,
      help,
      ...(server === undefined ? {} : { server }),
    });

  if (isStream && prefix !== undefined && to !== undefined) {
    report("prefixAndTo", to, "Keep either prefix or to.", "rejects-sometimes");
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
    if (checkItemKind(scope.context, scope.account, item, "import")) continue;
    const kind = blockEntry(item, "stream") ?? blockEntry(item, "service")!;
    checkImportDirectives(scope, item, kind);
    const source = readSource(scope, kind);
    if (source === undefined) continue;
    const to = blockEntry(item, "to")?.value;
    const mapped = to?.type === "string" && to.value !== "" ? to.value : undefined;
    if (kind.key.toLowerCase() === "stream") {
      const local = streamLocalSubject(item, source.subject, mapped);
      if (source.accepted && local !== undefined) addImport(scope, "stream", item, source, local);
      continue;
    }
    const local = mapped ?? source.subject;
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
    if (source.accepted) addImport(scope, "service", item, source, local);
  }
}

/** Returns the local subject of a stream import, or undefined when its prefix is invalid. */
function streamLocalSubject(
  item: BlockInstance,
  subject: string,
  mapped: string | undefined,
): string | undefined {
  const prefix = blockEntry(item, "prefix")?.value;
  if (prefix?.type !== "string" || prefix.value === "") return mapped ?? subject;
  if (hasWildcard(prefix.value)) return undefined;
  return prefix.value.endsWith(".") ? prefix.value + subject : `${prefix.value}.${subject}`;
}

function addImport(
  scope: Scope,
  kind: ExportKind,
  item: BlockInstance,
  source: ImportSource,
  local: string,
): void {
  scope.added[kind].push({
    importer: scope.account,
    exporter: source.account,
    local,
    remote: source.subject,
    source: item,
  });
}

/** Reports imports that close a cycle of imports between accounts. */
function checkCycles(context: RuleContext, added: Scope["added"]): void {
  const streamExports = new Map<string, string[]>();
  for (const account of definedAccounts(context)) {
    if (account.instance === undefined) continue;
    const exports = readExports(context, account.instance);
    streamExports.set(
      account.name,
      exports.filter((found) => found.kind === "stream").map((found) => found.subject),
    );
  }
  const help =
    "Break the cycle: narrow the subjects so that no account imports back what it exports.";
  for (const kind of ["stream", "service"] as const) {
    const cycles = importCycles(kind, added[kind], streamExports);
    for (const cycle of cycles) {
      context.report({
        messageId: "cycle",
        data: { kind, subject: cycle.remote, exporter: cycle.exporter },
        span: locate(cycle.source.map),
        help,
      });
    }
    if (cycles.length > 0) continue;
    const other = cycleInOtherOrder(kind, added[kind], streamExports);
    if (other === undefined) continue;
    context.report({
      messageId: "cycleSomeStarts",
      data: {
        kind,
        subject: other.cycle.remote,
        exporter: other.cycle.exporter,
        first: other.first,
      },
      span: locate(other.cycle.source.map),
      help,
      server: "rejects-sometimes",
    });
  }
}

/**
 * Finds a cycle that the server's check meets when it reads the accounts in another order.
 * nats-server (2.9.10 to 2.14) adds imports account by account in Go's map iteration
 * order, which changes from start to start. Go iterates a map of up to 8 keys in the order
 * they were inserted, here the config order, starting from a random one of 8 slots. So
 * this tries every rotation of the importing accounts; measured with 2.9.10, the rejection
 * rates of `-t` match that model.
 * NOTE: with more than 8 accounts Go's order is not a rotation, so some orders that
 * close a cycle are not tried.
 */
function cycleInOtherOrder(
  kind: ExportKind,
  imports: readonly AddedImport<BlockInstance>[],
  streamExports: ReadonlyMap<string, string[]>,
): { cycle: AddedImport<BlockInstance>; first: string } | undefined {
  const importers = [...new Set(imports.map((found) => found.importer))];
  for (let start = 1; start < importers.length; start++) {
    const rank = new Map(
      importers.map((name, index) => [name, rotatedIndex(index, start, importers.length)]),
    );
    const reordered = [...imports].sort((a, b) => rank.get(a.importer)! - rank.get(b.importer)!);
    const [cycle] = importCycles(kind, reordered, streamExports);
    if (cycle !== undefined) return { cycle, first: importers[start]! };
  }
  return undefined;
}

/** Returns the position of `index` in a list of `length` items read from `start` round to the end. */
function rotatedIndex(index: number, start: number, length: number): number {
  return (index - start + length) % length;
}

export const rule: Rule = {
  meta: {
    id: "account-imports",
    severity: "error",
    description: "account imports that nats-server rejects or ignores",
    server: "rejects",
    messages: {
      noKind:
        "This import of account {account} has neither stream nor service; nats-server ignores it without a word.",
      bothKinds:
        "This import of account {account} sets both stream and service; nats-server rejects the config.",
      unknownAccount: 'Account "{name}" in {where} is not defined; nats-server rejects the config.',
      importSource:
        "{key} of this import needs both account and subject; nats-server rejects the config.",
      importSubject:
        'Imported subject "{subject}" is not a valid subject; nats-server rejects the config.',
      notExported:
        'Account {exporter} exports no {kind} that covers "{subject}" for account {importer}; nats-server rejects the config.',
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
      duplicateService:
        'Another service import already uses the local subject "{subject}"; nats-server rejects the config.',
      cycle:
        'This {kind} import of "{subject}" from account {exporter} closes a cycle of imports between accounts; nats-server rejects the config.',
      cycleSomeStarts:
        'This {kind} import of "{subject}" from account {exporter} closes a cycle of imports between accounts when nats-server reads account {first} first. The server reads accounts in a random order, so it rejects the config on some starts.',
    },
  },
  check(context) {
    const defined = definedAccounts(context);
    const accounts = new Map(defined.map((account) => [account.name, account]));
    const added: Scope["added"] = { stream: [], service: [] };
    for (const account of defined) {
      if (account.instance === undefined) continue;
      const scope: Scope = { context, accounts, account: account.name, added };
      checkImports(scope, itemsOf(context, account.instance, "imports"));
    }
    checkCycles(context, added);
  },
};
