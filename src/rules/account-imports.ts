import {
  blockEntry,
  definedAccounts,
  hasChange,
  keyInTarget,
  type DefinedAccount,
} from "../model/auth-config.js";
import {
  importDecision,
  itemsOf,
  readExports,
  type AddedImport,
  type ExportKind,
} from "../model/auth-exports.js";
import { simulateImportCycles } from "../model/import-cycles.js";
import { checkMappingDestination, mappingDialect } from "../model/subjects-mapping.js";
import { isValidSubject } from "../model/subjects.js";
import { blockOf, type BlockInstance } from "../model/walk.js";
import { locate, type Entry } from "../resolve/values.js";
import { isAtLeast } from "../target/version.js";
import { checkItemKind } from "./account-items.js";
import { entrySpan } from "./spans.js";
import type { Rule, RuleContext, ServerReaction } from "./types.js";

/**
 * Releases from which a duplicate service import subject is an error only when
 * both imports come from the same account; earlier ones reject any repeat.
 */
const PER_ACCOUNT_DUPLICATES = ["2.10.28", "2.11.2"];

/** From this release the cycle walks narrow a copy of the subject they follow. */
const NARROWING_COPIED = "2.12.6";

/** Releases from which a stream import's cycle check also walks from its imported subject. */
const STREAM_REMOTE_CHECKED = ["2.10.17", "2.11.0"];

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
  const streams = new Map<string, BlockInstance>();
  for (const item of items) {
    if (checkItemKind(scope.context, scope.account, item, "import")) continue;
    const kind = blockEntry(item, "stream") ?? blockEntry(item, "service")!;
    checkImportDirectives(scope, item, kind);
    const source = readSource(scope, kind);
    if (source === undefined) continue;
    const to = blockEntry(item, "to");
    const mapped =
      to?.value.type === "string" && to.value.value !== "" ? to.value.value : undefined;
    if (kind.key.toLowerCase() === "stream") {
      const local = streamLocalSubject(item, source.subject, mapped);
      if (local === undefined) continue;
      // The server builds the transform only for an import it authorised.
      if (source.accepted && !checkMapping(scope, "stream", source, local, to ?? kind)) continue;
      // The server finds a repeat only among imports it has added.
      const key = `${source.account}\u0000${source.subject}`;
      const earlier = source.accepted ? streams.get(key) : undefined;
      if (earlier !== undefined) {
        scope.context.report({
          messageId: "duplicateStream",
          data: { subject: source.subject, exporter: source.account },
          span: locate(item.map),
          related: [{ span: locate(earlier.map), message: "first imported here" }],
          help: "Remove one of the two imports.",
        });
        continue;
      }
      if (source.accepted) {
        streams.set(key, item);
        addImport(scope, "stream", item, source, local);
      }
      continue;
    }
    if (mapped !== undefined && !isValidSubject(mapped)) {
      scope.context.report({
        messageId: "importLocalSubject",
        data: { subject: mapped },
        span: entrySpan(to!),
        help: "Write the local subject as dot-separated tokens without spaces or empty tokens; > may only come last.",
      });
      continue;
    }
    const local = mapped ?? source.subject;
    if (source.accepted && !checkMapping(scope, "service", source, local, to ?? kind)) continue;
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

/**
 * Checks the subject transform that the server builds when the imported subject has a
 * wildcard and the local subject differs. Each * of the local subject becomes $1, $2 and
 * so on, and the transform must use every wildcard of the imported subject. From 2.10.0
 * the server builds it in strict mode, which allows no function but wildcard(). Returns
 * false after reporting a transform the server rejects.
 */
function checkMapping(
  scope: Scope,
  kind: ExportKind,
  source: ImportSource,
  local: string,
  at: Entry,
): boolean {
  if (local === source.subject || !hasWildcard(source.subject)) return true;
  const dialect = mappingDialect(scope.context.target);
  const strict = isAtLeast(scope.context.target, "2.10.0");
  const reason = checkMappingDestination(source.subject, tokenizeWildcards(local), {
    ...dialect,
    allWildcardsUsed: true,
    whiteSpaceAllowed: true,
    functions: strict ? new Set(["wildcard"]) : dialect.functions,
  });
  if (reason === undefined) return true;
  scope.context.report({
    messageId: "importMapping",
    data: { kind, subject: source.subject, local, reason },
    span: entrySpan(at),
    help: `Make the local subject use every * of "${source.subject}": write the same subject, or a $N token for each *, such as $1 and $2.`,
  });
  return false;
}

/** Replaces the * tokens of a subject with $1, $2 and so on, as the server does for imports. */
function tokenizeWildcards(subject: string): string {
  let index = 0;
  return subject
    .split(".")
    .map((token) => (token === "*" ? `$${++index}` : token))
    .join(".");
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
  const options = {
    accounts: definedAccounts(context).map((account) => account.name),
    streamExports,
    persistNarrowing: !isAtLeast(context.target, NARROWING_COPIED),
    streamChecksRemote: hasChange(context.target, STREAM_REMOTE_CHECKED),
  };
  const help =
    "Break the cycle: narrow the subjects so that no account imports back what it exports.";
  for (const kind of ["stream", "service"] as const) {
    const verdict = simulateImportCycles(kind, added[kind], options);
    if (verdict === undefined) continue;
    const always = verdict.rejectingStarts === verdict.starts;
    for (const cycle of verdict.cycles) {
      const data = { kind, subject: cycle.remote, exporter: cycle.exporter };
      context.report({
        messageId: always ? "cycle" : "cycleSomeStarts",
        data: always ? data : { ...data, count: verdict.rejectingStarts, starts: verdict.starts },
        span: locate(cycle.source.map),
        help,
        ...(always ? {} : { server: "rejects-sometimes" as const }),
      });
    }
  }
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
      importLocalSubject:
        'The local subject "{subject}" of this service import is not a valid subject; nats-server rejects the config.',
      importMapping:
        'This {kind} import cannot map "{subject}" to the local subject "{local}": {reason}; nats-server rejects the config.',
      duplicateStream:
        'This stream import repeats an earlier import of "{subject}" from account {exporter}; nats-server rejects the config.',
      traceOnService:
        "{key} applies to stream imports only; nats-server rejects it on a service import.",
      duplicateService:
        'Another service import already uses the local subject "{subject}"; nats-server rejects the config.',
      cycle:
        'This {kind} import of "{subject}" from account {exporter} closes a cycle of imports between accounts; nats-server rejects the config.',
      cycleSomeStarts:
        'This {kind} import of "{subject}" from account {exporter} closes a cycle of imports between accounts on some starts only: in {count} of {starts} simulated starts. nats-server reads the accounts and their service imports in a random order, so it rejects the config on some starts.',
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
