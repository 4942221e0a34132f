import { isPublicAccountKey } from "../model/nkeys.js";
import {
  configuredAccounts,
  hasListenPort,
  isOperatorMode,
  systemAccountName,
  topEntry,
} from "../model/servers-options.js";
import { mapStart } from "../model/servers-spans.js";
import { blocksForKey, entryFor, type BlockInstance } from "../model/walk.js";
import type { Entry, MapValue } from "../resolve/values.js";
import { entrySpan } from "./spans.js";
import type { Rule, RuleContext } from "./types.js";

interface AccountReference {
  kind: "authorization" | "user" | "remote";
  path: string;
  /** The account entry; undefined for a remote without one, which binds to $G. */
  entry: Entry | undefined;
  /** The remote's map, to point at when `entry` is missing. */
  map: MapValue;
}

/**
 * Returns the account references of every leafnodes block (leafnodes {},
 * leaf {} or another case of them).
 */
function accountReferences(
  context: RuleContext,
  leafnodes: readonly BlockInstance[],
): AccountReference[] {
  // NOTE: nats-server checks the authorization and remotes in effect at
  // start-up. When two spellings of leafnodes both set one of them, Go's map
  // order keeps one, so a finding in the other may hold on some starts only.
  const references: AccountReference[] = [];
  const blockName = (instance: BlockInstance | null) =>
    instance !== null && leafnodes.includes(instance) ? instance.owner?.key : undefined;
  for (const instance of context.blocks) {
    const entry = () => entryFor(instance.spec, instance.map, "account");
    const base = { entry: undefined, map: instance.map };
    const parentName = blockName(instance.parent);
    const grandparentName = blockName(instance.parent?.parent ?? null);
    if (instance.spec.id === "leafnode-authorization" && parentName !== undefined) {
      const path = `${parentName}.authorization.account`;
      references.push({ ...base, kind: "authorization", path, entry: entry() });
    } else if (instance.spec.id === "leafnode-user" && grandparentName !== undefined) {
      const path = `${grandparentName}.authorization.users[${instance.index}].account`;
      references.push({ ...base, kind: "user", path, entry: entry() });
    } else if (instance.spec.id === "leafnode-remote" && parentName !== undefined) {
      const path = `${parentName}.remotes[${instance.index}]`;
      references.push({ ...base, kind: "remote", path, entry: entry() });
    }
  }
  return references;
}

/** Account names a leafnode may bind to without operators (server/leafnode.go validateLeafNode). */
function knownAccounts(context: RuleContext): Set<string> {
  const root = context.config.root;
  const names = new Set(configuredAccounts(root).map((account) => account.name));
  // The global account always exists, and an empty name means it.
  names.add("$G");
  names.add("");
  const disabled = topEntry(root, "no_system_account")?.value;
  const noSystem = disabled?.type === "bool" && disabled.value;
  if ((systemAccountName(root) ?? "") === "" && !noSystem) names.add("$SYS");
  return names;
}

function accountName(entry: Entry): string | undefined {
  return entry.value.type === "string" ? entry.value.value : undefined;
}

function checkLocalAccounts(context: RuleContext, references: readonly AccountReference[]): void {
  const known = knownAccounts(context);
  for (const { entry, path, kind } of references) {
    if (entry === undefined) continue;
    const account = accountName(entry);
    if (account === undefined || known.has(account)) continue;
    context.report({
      messageId: "undefined",
      data: { path: kind === "remote" ? `${path}.account` : path, account },
      span: entrySpan(entry),
      help: `Define the account under accounts { ${account}: { ... } }, or bind to an account that exists.`,
    });
  }
}

function checkOperatorAccounts(
  context: RuleContext,
  leafnodes: readonly BlockInstance[],
  references: readonly AccountReference[],
): void {
  const listening = leafnodes.some((instance) => hasListenPort(instance));
  for (const { entry, path, kind, map } of references) {
    // Leafnode users are an error of their own in operator mode, and the
    // single-user account only matters on a listening leafnode port.
    if (kind === "user" || (kind === "authorization" && !listening)) continue;
    if (entry === undefined) {
      if (kind !== "remote") continue;
      context.report({
        messageId: "missingNkey",
        data: { path },
        span: mapStart(map),
        help: 'Add account: "A..." with the public nkey of the account this remote binds to.',
      });
      continue;
    }
    const account = accountName(entry);
    if (account === undefined || isPublicAccountKey(account)) continue;
    if (account === "" && kind === "authorization") continue;
    context.report({
      messageId: "notNkey",
      data: { path: kind === "remote" ? `${path}.account` : path, account },
      span: entrySpan(entry),
      help: "Use the account's public nkey (56 characters starting with A) in place of its name.",
    });
  }
}

export const rule: Rule = {
  meta: {
    id: "leaf-account-missing",
    severity: "error",
    description:
      "a leafnode account that the config does not define, or that is not an nkey in operator mode",
    server: "fails-at-startup",
    messages: {
      undefined:
        '{path} names account "{account}", which the config does not define. nats-server refuses to start.',
      notNkey:
        '{path} must be a public account nkey in operator mode, but it is "{account}". nats-server refuses to start.',
      missingNkey:
        "{path} has no account. In operator mode every remote must name a public account nkey, or nats-server refuses to start.",
    },
  },
  check(context) {
    const top = context.blocks[0];
    if (top === undefined) return;
    const leafnodes = blocksForKey(context.blocks, top, "leafnodes");
    if (leafnodes.length === 0) return;
    const references = accountReferences(context, leafnodes);
    if (isOperatorMode(context.config.root)) {
      checkOperatorAccounts(context, leafnodes, references);
    } else {
      checkLocalAccounts(context, references);
    }
  },
};
