import { blockEntry, topLevel } from "../model/auth-config.js";
import { parseGoDuration } from "../model/durations.js";
import { jwtProblem, JWT_PREFIX } from "../model/jwt.js";
import { describeNkeyShape, isValidPublicNkey, nkeyShape } from "../model/nkeys.js";
import { blockOf, entriesFor, type BlockInstance } from "../model/walk.js";
import { locate, type Entry, type Value } from "../resolve/values.js";
import { formatVersion, isAtLeast } from "../target/version.js";
import { typeName } from "./schema-entries.js";
import { entrySpan } from "./spans.js";
import type { Rule, RuleContext } from "./types.js";

/**
 * The first release that takes type mem or memory in the resolver map, and
 * that looks for dir only in full and cache resolvers. Older releases reject
 * a map without dir whatever its type.
 */
const MEMORY_MAP_SINCE = "2.9.21";

/** The first release that reads hard_delete in the resolver map. */
const HARD_DELETE_SINCE = "2.9.16";

/** Returns the top-level entries of a key under every spelling, since the server parses each. */
function topEntries(context: RuleContext, name: string): Entry[] {
  const top = topLevel(context);
  return entriesFor(top.spec, top.map, name);
}

/** Returns the items of a string-or-array value. */
function itemsOf(value: Value): Value[] {
  return value.type === "array" ? value.items : [value];
}

function checkTrusted(context: RuleContext): void {
  for (const entry of topEntries(context, "trusted")) {
    for (const item of itemsOf(entry.value)) {
      if (item.type !== "string" || isValidPublicNkey(item.value, "operator")) continue;
      const shape = nkeyShape(item.value);
      context.report({
        messageId: "trustedKey",
        data: { key: entry.key, shape: describeNkeyShape(shape) },
        span: locate(item),
        help:
          shape === "seed"
            ? "Never put a seed in the server config: list the public operator nkey that belongs to it."
            : "List public operator nkeys: 56 characters starting with O, as nsc describe operator prints them.",
      });
    }
  }
}

/**
 * Checks inline operator JWTs. A string that starts like a JWT is one unless
 * a file of that name exists, which lint does not look for.
 */
function checkOperators(context: RuleContext): void {
  for (const entry of topEntries(context, "operator")) {
    if (entry.value.type === "array" && !isAtLeast(context.target, "2.10.21")) continue;
    for (const item of itemsOf(entry.value)) {
      if (item.type !== "string") continue;
      if (item.value === "") {
        context.report({
          messageId: "operatorEmpty",
          data: { key: entry.key },
          span: locate(item),
          help: "Give the path of the operator JWT file, or the JWT itself.",
        });
        continue;
      }
      if (!item.value.startsWith(JWT_PREFIX)) continue;
      const problem = jwtProblem(item.value, "operator");
      if (problem === undefined) continue;
      context.report({
        messageId: "operatorJwt",
        data: { key: entry.key, problem },
        span: locate(item),
        help: "Give the operator JWT as nsc writes it (nsc describe operator --raw), or the path of its file.",
      });
    }
  }
}

function checkResolverString(context: RuleContext, entry: Entry, text: string): void {
  // The server looks for MEM or URL anywhere in the string, ignoring case.
  if (/mem/i.test(text) || /url/i.test(text)) return;
  context.report({
    messageId: "resolverString",
    data: { key: entry.key },
    span: entrySpan(entry),
    help: 'Write resolver: MEMORY, resolver: URL("https://host/jwt/v1/accounts/"), or a map such as { type: full, dir: "./jwt" }.',
  });
}

/** True when a duration string of the resolver map is set to more than zero. */
function nonZeroDuration(entry: Entry | undefined): boolean {
  if (entry?.value.type !== "string") return false;
  const parsed = parseGoDuration(entry.value.value);
  return parsed.ok && parsed.nanoseconds !== 0n;
}

/** Checks the settings that only one kind of directory resolver takes. */
function checkDirectoryOptions(context: RuleContext, map: BlockInstance, kind: string): void {
  const report = (messageId: string, entry: Entry, help: string) =>
    context.report({ messageId, data: { key: entry.key, kind }, span: entrySpan(entry), help });
  const allowDelete = blockEntry(map, "allow_delete");
  const deletes = allowDelete?.value.type === "bool" && allowDelete.value.value;
  const hardDelete = isAtLeast(context.target, HARD_DELETE_SINCE)
    ? blockEntry(map, "hard_delete")
    : undefined;
  if (kind === "cache") {
    const interval = blockEntry(map, "interval");
    if (nonZeroDuration(interval))
      report("notForKind", interval!, "Remove interval, or use type: full.");
    if (deletes) report("notForKind", allowDelete!, "Remove allow_delete, or use type: full.");
    if (hardDelete !== undefined)
      report("notForKind", hardDelete, "Remove hard_delete, or use type: full.");
    return;
  }
  const ttl = blockEntry(map, "ttl");
  if (nonZeroDuration(ttl)) report("notForKind", ttl!, "Remove ttl, or use type: cache.");
  if (hardDelete !== undefined && !deletes)
    report("hardDeleteAlone", hardDelete, "Add allow_delete: true, or remove hard_delete.");
}

/** Checks the map form of resolver as server/opts.go reads it (2.9.10 to 2.14). */
function checkResolverMap(context: RuleContext, entry: Entry, map: BlockInstance): void {
  const typeEntry = blockEntry(map, "type");
  if (typeEntry !== undefined && typeEntry.value.type !== "string") return;
  const kind = typeEntry?.value.type === "string" ? typeEntry.value.value.toLowerCase() : "";

  const dir = blockEntry(map, "dir");
  const hasDir = dir?.value.type === "string" && dir.value.value !== "";
  const memoryInMap = isAtLeast(context.target, MEMORY_MAP_SINCE);
  const directory = kind === "full" || kind === "cache";
  // A dir of another type is value-type's finding.
  if (dir !== undefined && dir.value.type !== "string") return;
  if (!hasDir && (directory || !memoryInMap)) {
    context.report({
      messageId: directory ? "noDir" : "noDirOld",
      data: { key: entry.key, kind, target: formatVersion(context.target) },
      span: entrySpan(entry),
      help: 'Add dir: "<directory for account JWTs>".',
    });
    return;
  }

  if (directory) {
    checkDirectoryOptions(context, map, kind);
    return;
  }

  if (kind === "mem" || kind === "memory") {
    if (memoryInMap) return;
    context.report({
      messageId: "memoryMapTooOld",
      data: { type: typeEntry!.key, target: formatVersion(context.target) },
      span: entrySpan(typeEntry!),
      help: "Write resolver: MEMORY instead of the map, or target nats-server 2.9.21 or later.",
    });
    return;
  }

  // Other type values are value-not-allowed's findings.
  if (typeEntry !== undefined) return;
  context.report({
    messageId: "noType",
    data: { key: entry.key },
    span: entrySpan(entry),
    help: "Add type: full (the server keeps every account JWT) or type: cache (it keeps recent ones).",
  });
}

function checkResolvers(context: RuleContext): void {
  for (const entry of topEntries(context, "resolver")) {
    if (entry.value.type === "string") {
      checkResolverString(context, entry, entry.value.value);
      continue;
    }
    const map = blockOf(context.blocks, entry.value);
    if (map !== undefined && map.owner === entry) checkResolverMap(context, entry, map);
  }
}

function checkPreloads(context: RuleContext): void {
  for (const entry of topEntries(context, "resolver_preload")) {
    if (entry.value.type !== "map") continue;
    for (const preload of entry.value.entries.values()) {
      const value = preload.value;
      if (value.type !== "string") {
        context.report({
          messageId: "preloadType",
          data: { key: entry.key, found: typeName(value.type) },
          span: entrySpan(preload),
          help: "Map each public account nkey to its account JWT, in quotes.",
        });
        continue;
      }
      const problem = jwtProblem(value.value, "account");
      if (problem === undefined) continue;
      context.report({
        messageId: "preloadJwt",
        data: { key: entry.key, problem },
        span: entrySpan(preload),
        help: "Give the account JWT as nsc writes it (nsc describe account --raw).",
      });
    }
  }
}

export const rule: Rule = {
  meta: {
    id: "operator-config-invalid",
    severity: "error",
    description:
      "trusted keys, inline operator JWTs, resolver and resolver_preload values that nats-server rejects",
    server: "rejects",
    messages: {
      trustedKey:
        "A key in {key} is {shape}; nats-server rejects the config, because it trusts public operator nkeys only.",
      operatorEmpty:
        "{key} is an empty string; nats-server rejects the config, because it finds no JWT file of that name.",
      operatorJwt: "The inline operator JWT in {key} {problem}; nats-server rejects the config.",
      resolverString:
        "{key} names neither a memory resolver (MEM, MEMORY) nor a URL resolver (URL(...)); nats-server rejects the config.",
      noType:
        "The {key} map has no type; nats-server rejects the config, because the type says which resolver to run.",
      noDir:
        "The {key} map has type {kind} but no dir; nats-server rejects the config, because a {kind} resolver keeps account JWTs in a directory.",
      noDirOld:
        "The {key} map has no dir; nats-server {target} rejects any resolver map without one.",
      memoryMapTooOld:
        "{type} mem or memory in the resolver map needs nats-server 2.9.21 or later; nats-server {target} rejects the config.",
      notForKind: "{key} does not apply to a {kind} resolver; nats-server rejects the config.",
      hardDeleteAlone:
        "{key} has no effect unless allow_delete is true; nats-server rejects the config.",
      preloadType:
        "A {key} value is {found}, not an account JWT string; nats-server rejects the config.",
      preloadJwt: "The {key} JWT of this account {problem}; nats-server rejects the config.",
    },
  },
  check(context) {
    checkTrusted(context);
    checkOperators(context);
    checkResolvers(context);
    checkPreloads(context);
  },
};
