// Shared checks of the rules about users that certificate mapping should
// protect: which users a certificate can select, and which log in by name.

import type { RelatedSpan } from "../diagnostics/diagnostic.js";
import { literalFormOf, type LiteralForm } from "../model/cert-match.js";
import {
  classifyIdentity,
  describeIdentity,
  isKnownAttributeType,
  parseDnUserName,
  type IdentityKind,
  type Rdn,
} from "../model/identity.js";
import { tlsEntry, type TlsBlock } from "../model/tls.js";
import {
  findAccessPaths,
  isNoAuthUserOf,
  isTableUser,
  pathsServing,
  type AccessPath,
  type Listener,
  type User,
} from "../model/users.js";
import { entryFor, stringFor, type BlockInstance } from "../model/walk.js";
import type { Entry } from "../resolve/values.js";
import { getBlock } from "../schema/index.js";
import type { Span } from "../source.js";
import { isAtLeast, type ServerVersion } from "../target/version.js";
import { entrySpan } from "./spans.js";
import type { RuleContext, ServerReaction } from "./types.js";

const pathsByConfig = new WeakMap<readonly BlockInstance[], AccessPath[]>();

/** Returns the access paths of the config, computed once per run. */
export function accessPathsOf(context: RuleContext): AccessPath[] {
  let paths = pathsByConfig.get(context.blocks);
  if (paths === undefined) {
    paths = findAccessPaths(context.blocks, context.listeners);
    pathsByConfig.set(context.blocks, paths);
  }
  return paths;
}

export interface UnmappedUser {
  user: User;
  name: string;
  nameEntry: NonNullable<User["nameEntry"]>;
  /** Paths that serve the user without mapping certificates. */
  paths: AccessPath[];
}

/**
 * Finds the users with a name that no certificate can select, but that some
 * path serves without mapping, so the server checks the name and password.
 */
export function findUnmappedUsers(context: RuleContext): UnmappedUser[] {
  const found: UnmappedUser[] = [];
  const paths = accessPathsOf(context);
  for (const user of context.users) {
    if (user.nkey !== undefined || user.name === undefined || user.nameEntry === undefined)
      continue;
    // A DN cut at a comma is the dn-quoting rule's error, and the cut name means nothing.
    if (findCutDn(user.nameEntry) !== undefined) continue;
    const serving = pathsServing(user, paths);
    if (serving.some((path) => path.canMap)) continue;
    const byName = serving.filter((path) => !path.mapping);
    // A user that no path serves, or that only unusable mapping paths serve, cannot log in.
    if (byName.length === 0) continue;
    found.push({ user, name: user.name, nameEntry: user.nameEntry, paths: byName });
  }
  return found;
}

/** True when the user is the no_auth_user of every path in the list. */
export function isNoAuthUserEverywhere(found: UnmappedUser): boolean {
  return found.paths.every((path) => isNoAuthUserOf(found.user, path));
}

export interface UnmappedCertUser extends UnmappedUser {
  kind: IdentityKind;
}

/** Finds the unmapped users whose names are certificate identities. */
export function findUnmappedCertUsers(context: RuleContext): UnmappedCertUser[] {
  return findUnmappedUsers(context).flatMap((found) => {
    const kind = classifyIdentity(found.name);
    return kind === null ? [] : [{ ...found, kind }];
  });
}

export function describeUnmapped(found: UnmappedCertUser): string {
  return `User "${found.name}" is named by ${describeIdentity(found.kind)}, but no tls block that serves this user has verify_and_map: true.`;
}

/** Names the listeners of the paths, such as "client and websocket". */
export function describeListeners(paths: readonly AccessPath[]): string {
  const kinds = [...new Set(paths.map((path) => path.transport.kind))];
  if (kinds.length <= 1) return kinds[0] ?? "";
  return `${kinds.slice(0, -1).join(", ")} and ${kinds[kinds.length - 1]!}`;
}

/** Points at the tls blocks of the listeners that serve the paths without mapping. */
export function unmappedTlsBlocks(paths: readonly AccessPath[]): RelatedSpan[] {
  const related: RelatedSpan[] = [];
  const seen = new Set<Listener>();
  for (const path of paths) {
    const listener = path.mapper;
    if (seen.has(listener) || listener.tls === null || listener.tls.instance.owner === null)
      continue;
    seen.add(listener);
    related.push({
      span: listener.tls.instance.owner.keyOrigin,
      message: `this tls block serves the user on the ${listener.kind} listener without verify_and_map`,
    });
  }
  return related;
}

export const MAPPING_HELP =
  "Set verify_and_map: true in the tls block of the listener that serves the user " +
  "(the top-level tls block for client connections), or rename the user if it is not meant to be a certificate identity.";

/** Where a name that certificates map to is defined, which decides how it is compared. */
export type MappingScope = "users" | "leafnode-users" | "cluster" | "gateway";

export interface MappedName {
  name: string;
  nameEntry: Entry;
  scope: MappingScope;
  /** The user entry; undefined for the user of cluster or gateway authorization. */
  user: User | undefined;
  /** The tls blocks whose verify_and_map lets a certificate select the name. */
  mappingBlocks: TlsBlock[];
}

/** Returns the tls blocks of the paths' mappers, each once. */
export function mapperTlsBlocks(paths: readonly AccessPath[]): TlsBlock[] {
  const blocks = new Set<TlsBlock>();
  for (const path of paths) if (path.mapper.tls !== null) blocks.add(path.mapper.tls);
  return [...blocks];
}

const mappedByConfig = new WeakMap<readonly BlockInstance[], readonly MappedName[]>();

/**
 * Returns the user names that a certificate can select, and how each is
 * compared; computed once per run, as several rules read them.
 */
export function findMappedNames(context: RuleContext): readonly MappedName[] {
  let found = mappedByConfig.get(context.blocks);
  if (found === undefined) {
    found = collectMappedNames(context);
    mappedByConfig.set(context.blocks, found);
  }
  return found;
}

// Several rules read the same facts of each name; a config can hold hundreds of
// thousands of names, so each is worked out once.
const kinds = new WeakMap<MappedName, IdentityKind | null>();
const dns = new WeakMap<MappedName, Rdn[] | null>();
const literalForms = new WeakMap<MappedName, LiteralForm | null>();

function remember<V>(cache: WeakMap<MappedName, V>, mapped: MappedName, compute: () => V): V {
  if (cache.has(mapped)) return cache.get(mapped) as V;
  const value = compute();
  cache.set(mapped, value);
  return value;
}

/** Returns what kind of certificate identity the name reads as, if any. */
export function identityKindOf(mapped: MappedName): IdentityKind | null {
  return remember(kinds, mapped, () => classifyIdentity(mapped.name, () => dnOf(mapped)));
}

/** Returns the name parsed as a DN the way the server parses it; null where parsing fails. */
export function dnOf(mapped: MappedName): Rdn[] | null {
  return remember(dns, mapped, () => parseDnUserName(mapped.name));
}

/** Returns how the name compares with the strings the exact-lookup steps build (literalFormOf). */
export function literalFormOfName(mapped: MappedName): LiteralForm | null {
  return remember(literalForms, mapped, () => literalFormOf(mapped.name, dnOf(mapped)));
}

function collectMappedNames(context: RuleContext): MappedName[] {
  const found: MappedName[] = [];
  const paths = accessPathsOf(context);
  for (const user of context.users) {
    if (user.name === undefined || user.nameEntry === undefined) continue;
    if (user.scope === "global" && !isTableUser(user)) continue;
    if (findCutDn(user.nameEntry) !== undefined) continue;
    const mapping = pathsServing(user, paths).filter((path) => path.canMap);
    if (mapping.length === 0) continue;
    found.push({
      name: user.name,
      nameEntry: user.nameEntry,
      scope: user.scope === "global" ? "users" : "leafnode-users",
      user,
      mappingBlocks: mapperTlsBlocks(mapping),
    });
  }
  for (const block of context.tlsBlocks) {
    if ((block.place !== "cluster" && block.place !== "gateway") || !block.mapsCertificates)
      continue;
    const nameEntry = routeUserEntry(block);
    if (nameEntry?.value.type !== "string" || nameEntry.value.value === "") continue;
    if (findCutDn(nameEntry) !== undefined) continue;
    found.push({
      name: nameEntry.value.value,
      nameEntry,
      scope: block.place,
      user: undefined,
      mappingBlocks: [block],
    });
  }
  return found;
}

/** Returns the authorization user entry of the cluster or gateway block that holds a tls block. */
export function routeUserEntry(block: TlsBlock): Entry | undefined {
  const parent = block.instance.parent;
  if (parent === null) return undefined;
  const authorization = entryFor(parent.spec, parent.map, "authorization")?.value;
  if (authorization?.type !== "map") return undefined;
  const spec = getBlock(`${parent.spec.id}-authorization`);
  return stringFor(spec, authorization, "user") === undefined
    ? undefined
    : entryFor(spec, authorization, "user");
}

/** Returns the span of a tls block's verify_and_map entry, or of the block's key. */
export function mapSpan(block: TlsBlock): Span {
  const entry = tlsEntry(block, "verify_and_map");
  if (entry !== undefined) return entrySpan(entry);
  return block.instance.owner?.keyOrigin ?? block.instance.map;
}

/** Points at the verify_and_map entries of the tls blocks. */
export function mappingRelated(blocks: readonly TlsBlock[]): RelatedSpan[] {
  return blocks.map((block) => ({
    span: mapSpan(block),
    message: `verify_and_map is set here, for the ${block.place} listener`,
  }));
}

/** True when the config has users that certificates can be mapped to. */
export function hasTableUsers(context: RuleContext): boolean {
  return context.users.some(isTableUser);
}

/**
 * True when the target rejects the name of a password-less user on a path
 * without mapping while a certificate can select that user elsewhere. The fix
 * shipped in 2.12.14 and 2.14.4; no 2.13 release exists.
 */
export function rejectsNameOfCertUsers(target: ServerVersion): boolean {
  if (target.major === 2 && target.minor === 12) return target.patch >= 14;
  if (target.major === 2 && target.minor === 14) return target.patch >= 4;
  return isAtLeast(target, "2.15.0");
}

/** A comma, an attribute type, `=` and an unquoted value, right after an unquoted value. */
const DN_PART = /,[ \t]*([A-Za-z][\w.-]*)[ \t]*=[ \t]*([^\s,;\]}#]*)/y;

export interface CutDn {
  /** The DN as written: the value and every `,TYPE=value` part after it. */
  written: string;
  /** The attribute type that the parser reads as a key. */
  rest: Span;
}

/** Finds an unquoted value that the parser cut at a comma inside a DN. */
export function findCutDn(entry: Entry): CutDn | undefined {
  const value = entry.value;
  if (value.type !== "string" || value.style !== "bare" || !value.value.includes("=")) return;
  const text = value.source.text;
  let end = value.end;
  let rest: Span | undefined;
  for (;;) {
    DN_PART.lastIndex = end;
    const match = DN_PART.exec(text);
    if (match === null || !isKnownAttributeType(match[1]!)) break;
    if (rest === undefined) {
      const start = end + match[0].indexOf(match[1]!);
      rest = { source: value.source, start, end: start + match[1]!.length };
    }
    end += match[0].length;
  }
  if (rest === undefined) return undefined;
  return { written: text.slice(value.start, end), rest };
}

/**
 * Returns the server's reaction to a password-less user that no certificate
 * can select. For users of the users table it logs "Plaintext passwords
 * detected", except that releases without the canTLSMap check skip every
 * password-less user when the client port maps certificates. Leafnode users
 * get no warning.
 */
export function plaintextWarningReaction(context: RuleContext, user: User): ServerReaction {
  if (user.scope === "leafnode") return "accepts";
  const clientMaps = context.tlsBlocks.some(
    (block) => block.place === "client" && block.mapsCertificates,
  );
  return clientMaps && !rejectsNameOfCertUsers(context.target) ? "accepts" : "logs";
}
