import { isUserSeed } from "../model/nkeys.js";
import { isKnownInTarget } from "../model/servers-options.js";
import { mapStart } from "../model/servers-spans.js";
import {
  blocksForKey,
  childBlocks,
  entriesFor,
  entryFor,
  type BlockInstance,
} from "../model/walk.js";
import { locate, type Entry, type Value } from "../resolve/values.js";
import { isAtLeast, type ServerVersion } from "../target/version.js";
import { entrySpan } from "./spans.js";
import type { Rule, RuleContext } from "./types.js";

/** Returns the URL strings of a remote's `url` or `urls`, trimmed as the server trims them. */
function remoteUrls(remote: BlockInstance): { text: string; value: Value }[] {
  const value = entryFor(remote.spec, remote.map, "urls")?.value;
  if (value === undefined) return [];
  const items = value.type === "array" ? value.items : [value];
  return items.flatMap((item) =>
    item.type === "string" ? [{ text: item.value.trim(), value: item }] : [],
  );
}

/** True for ws:// and wss:// URLs: the server looks at whether the scheme starts with "ws". */
function isWebSocketUrl(url: string): boolean {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1];
  return scheme !== undefined && scheme.toLowerCase().startsWith("ws");
}

function stringValue(entry: Entry | undefined): string | undefined {
  return entry?.value.type === "string" ? entry.value.value : undefined;
}

function checkCredentials(context: RuleContext, remote: BlockInstance, path: string): void {
  const nkey = entryFor(remote.spec, remote.map, "nkey");
  // nats-server 2.10.8 added `nkey`; option-not-in-version reports it for older targets.
  if (nkey === undefined || !isKnownInTarget(remote, nkey, context.target)) return;
  const creds = entryFor(remote.spec, remote.map, "creds");
  if (creds !== undefined) {
    context.report({
      messageId: "credsAndNkey",
      data: { path },
      span: entrySpan(nkey),
      related: [{ span: entrySpan(creds), message: "creds is set here" }],
      help: "Keep either creds (a credentials file) or nkey (a user seed), not both.",
    });
    return;
  }
  const seed = stringValue(nkey);
  if (seed !== undefined && !isUserSeed(seed)) {
    context.report({
      messageId: "badSeed",
      data: { path, key: nkey.key },
      span: entrySpan(nkey),
      help: "Use the user's seed (58 characters starting with SU), not its public key.",
    });
  }
}

/** From this release `js_cluster_migrate: false` leaves the migration off. */
const MIGRATE_FALSE_READ = "2.11.0";

/** Reports `js_cluster_migrate: false`, which older releases take as true. */
function checkMigrateFalse(context: RuleContext, remote: BlockInstance, path: string): void {
  if (isAtLeast(context.target, MIGRATE_FALSE_READ)) return;
  for (const entry of entriesFor(remote.spec, remote.map, "jetstream_cluster_migrate")) {
    if (entry.value.type !== "bool" || entry.value.value) continue;
    context.report({
      messageId: "migrateFalse",
      data: { path, key: entry.key },
      span: entrySpan(entry),
      help: `Remove ${entry.key} to keep the migration off; only nats-server 2.11.0 and later read false.`,
      server: "accepts",
    });
  }
}

function checkUrlSchemes(context: RuleContext, remote: BlockInstance, path: string): void {
  const urls = remoteUrls(remote);
  if (urls.length < 2) return;
  const firstIsWebSocket = isWebSocketUrl(urls[0]!.text);
  const odd = urls.find((url) => isWebSocketUrl(url.text) !== firstIsWebSocket);
  if (odd === undefined) return;
  context.report({
    messageId: "mixedSchemes",
    data: { path },
    span: locate(odd.value),
    related: [{ span: locate(urls[0]!.value), message: "the first URL sets the kind" }],
    help: "Put WebSocket URLs (ws://, wss://) and NATS URLs in separate remotes.",
    server: "fails-at-startup",
  });
}

/** Returns the credentials file or the seed of a remote, whichever the server uses. */
function credentialOf(remote: BlockInstance): string {
  const creds = stringValue(entryFor(remote.spec, remote.map, "creds"));
  if (creds) return `creds ${creds}`;
  const nkey = stringValue(entryFor(remote.spec, remote.map, "nkey"));
  if (nkey) return `nkey ${nkey}`;
  return "";
}

/** Returns the key by which nats-server 2.14 finds duplicate remotes: URLs, account and credentials. */
function remoteIdentity(remote: BlockInstance): string {
  const account = stringValue(entryFor(remote.spec, remote.map, "account")) || "$G";
  const urls = remoteUrls(remote).map((url) => url.text);
  return JSON.stringify([urls, account, credentialOf(remote)]);
}

function checkDuplicates(
  context: RuleContext,
  block: string,
  remotes: readonly BlockInstance[],
): void {
  // nats-server 2.14.0 added the check; older releases open both connections.
  if (!isAtLeast(context.target, "2.14.0")) return;
  const seen = new Map<string, BlockInstance>();
  for (const remote of remotes) {
    const identity = remoteIdentity(remote);
    const first = seen.get(identity);
    if (first === undefined) {
      seen.set(identity, remote);
      continue;
    }
    context.report({
      messageId: "duplicate",
      data: { block, index: remote.index, first: first.index },
      span: mapStart(remote.map),
      related: [{ span: mapStart(first.map), message: "the same remote is defined here" }],
      help: "Remove one of the two remotes, or bind them to different accounts.",
    });
  }
}

/** A semantic version as semver.org defines it, which min_version must be from 2.11.0. */
const STRICT_SEMVER =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-(?:0|[1-9]\d*|\d*[A-Za-z-][0-9A-Za-z-]*)(?:\.(?:0|[1-9]\d*|\d*[A-Za-z-][0-9A-Za-z-]*))*)?(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$/;

/**
 * Before 2.11.0 the server reads three numbers from the start of min_version: an
 * optional v, then digits with optional dots between them, and it ignores the rest.
 */
const LOOSE_VERSION = /^v?([0-9]+)\.?([0-9]+)?\.?([0-9]+)?/;

/** The largest number Go's strconv.Atoi reads on 64-bit platforms. */
const MAX_INT = 2n ** 63n - 1n;

/** Returns the three numbers the target reads from a min_version, or undefined when it rejects it. */
function readMinVersion(version: string, target: ServerVersion): bigint[] | undefined {
  const match = isAtLeast(target, STRICT_MIN_VERSION)
    ? STRICT_SEMVER.exec(version)
    : LOOSE_VERSION.exec(version);
  const parts = match?.slice(1, 4);
  if (parts === undefined || parts.some((part) => part === undefined || part === "")) {
    return undefined;
  }
  const numbers = parts.map((part) => BigInt(part!));
  return numbers.some((number) => number > MAX_INT) ? undefined : numbers;
}

/** From this release min_version must be a whole semantic version. */
const STRICT_MIN_VERSION = "2.11.0";

function checkMinVersion(context: RuleContext, block: string, leafnodes: BlockInstance): void {
  // The server checks min_version and minimum_version each time it reads one.
  for (const entry of entriesFor(leafnodes.spec, leafnodes.map, "min_version")) {
    checkMinVersionEntry(context, block, entry);
  }
}

function checkMinVersionEntry(context: RuleContext, block: string, entry: Entry): void {
  const version = stringValue(entry);
  if (version === undefined) return;
  const numbers = readMinVersion(version, context.target);
  if (numbers === undefined) {
    context.report({
      messageId: "minVersionSyntax",
      data: { block, key: entry.key, version },
      span: entrySpan(entry),
      help: 'Write a version as major.minor.patch without a leading v, such as "2.10.0".',
    });
    return;
  }
  const [major, minor] = numbers as [bigint, bigint, bigint];
  if (major > 2n || (major === 2n && minor >= 8n)) return;
  context.report({
    messageId: "minVersionLow",
    data: { block, key: entry.key, version },
    span: entrySpan(entry),
    help: 'Set it to "2.8.0" or later, or remove it to accept leafnodes of any version.',
  });
}

export const rule: Rule = {
  meta: {
    id: "leaf-remote",
    severity: "error",
    description:
      "leafnode remotes with creds and nkey, a bad seed, mixed ws and nats URLs or duplicates, js_cluster_migrate: false before 2.11.0, and min_version below 2.8.0",
    server: "rejects",
    messages: {
      credsAndNkey: "{path} sets both creds and nkey, and nats-server rejects a remote with both.",
      badSeed: "{path}.{key} is not a user nkey seed, and nats-server rejects it.",
      mixedSchemes:
        "{path} mixes WebSocket and NATS URLs, and nats-server refuses to start with such a remote.",
      duplicate:
        "{block}.remotes[{index}] repeats {block}.remotes[{first}] (same URLs, account and credentials), and nats-server rejects duplicate remotes.",
      minVersionSyntax:
        '{block}.{key} "{version}" is not a version of the form major.minor.patch, and nats-server rejects it.',
      migrateFalse:
        "{path}.{key} is false, but nats-server before 2.11.0 turns the JetStream leader migration on for any value, false included.",
      minVersionLow:
        '{block}.{key} "{version}" is below 2.8.0, the lowest minimum version nats-server accepts.',
    },
  },
  check(context) {
    const top = context.blocks[0];
    if (top === undefined) return;
    // nats-server parses leafnodes {} and leaf {} (in any case) one after the
    // other, and checks min_version and the remotes of each while it reads them.
    for (const leafnodes of blocksForKey(context.blocks, top, "leafnodes")) {
      const block = leafnodes.owner?.key ?? "leafnodes";
      const remotes = childBlocks(context.blocks, leafnodes).filter(
        (instance) => instance.spec.id === "leafnode-remote",
      );
      for (const remote of remotes) {
        const path = `${block}.remotes[${remote.index}]`;
        checkCredentials(context, remote, path);
        checkMigrateFalse(context, remote, path);
        // NOTE: the server checks URL schemes on the remotes in effect at
        // start-up. When two spellings of leafnodes both set remotes, Go's map
        // order keeps one list, so this finding may hold on some starts only.
        checkUrlSchemes(context, remote, path);
      }
      checkDuplicates(context, block, remotes);
      checkMinVersion(context, block, leafnodes);
    }
  },
};
