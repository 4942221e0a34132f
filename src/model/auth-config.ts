// The parts of a config that the authorization rules share: the top-level
// authorization block, the accounts, the users and operator mode.

import type { Entry, Value } from "../resolve/values.js";
import { findKey, getBlock } from "../schema/index.js";
import { keyAvailability, keyExistsIn } from "../schema/versions.js";
import { compareVersions, parseServerVersion, type ServerVersion } from "../target/version.js";
import type { User } from "./users.js";
import { blockOf, blocksOfSpec, entryFor, stringFor, type BlockInstance } from "./walk.js";

/** The minimal view of a rule context that these helpers read. */
export interface AuthView {
  readonly blocks: readonly BlockInstance[];
  readonly users: readonly User[];
}

/**
 * Returns true when `target` has a change that shipped in `firstReleases`, the
 * first patch of each release line with the change, such as ["2.12.14", "2.14.4"].
 * Lines newer than the newest one listed have it, and other lines do not.
 */
export function hasChange(target: ServerVersion, firstReleases: readonly string[]): boolean {
  const releases = firstReleases.map((text) => {
    const version = parseServerVersion(text);
    if (version === undefined) throw new Error(`BUG: bad release ${text}`);
    return version;
  });
  const newest = releases.reduce((a, b) => (compareVersions(a, b) >= 0 ? a : b));
  for (const release of releases) {
    if (release.major === target.major && release.minor === target.minor)
      return target.patch >= release.patch;
  }
  return (
    target.major > newest.major || (target.major === newest.major && target.minor > newest.minor)
  );
}

/**
 * Returns true when the target server accepts the key of `entry` in
 * `instance`. Rules skip other keys, which option-not-in-version reports.
 */
export function keyInTarget(target: ServerVersion, instance: BlockInstance, entry: Entry): boolean {
  const key = findKey(instance.spec, entry.key);
  return key !== undefined && keyExistsIn(keyAvailability(instance.spec, key, entry.key), target);
}

/** Returns the blocks of the given schema id. */
export function blocksWithId(view: AuthView, id: string): BlockInstance[] {
  return [...blocksOfSpec(view.blocks, id)];
}

export function topLevel(view: AuthView): BlockInstance {
  const top = view.blocks[0];
  if (top === undefined || top.spec.id !== "top") throw new Error("BUG: no top-level block");
  return top;
}

/** Returns the entry of a top-level key, by canonical name or alias. */
export function topEntry(view: AuthView, name: string): Entry | undefined {
  const top = topLevel(view);
  return entryFor(top.spec, top.map, name);
}

/** Returns the top-level authorization block, if the config has one. */
export function topAuthorization(view: AuthView): BlockInstance | undefined {
  return blocksOfSpec(view.blocks, "authorization")[0];
}

/** Returns a string value that the server treats as set, which excludes "". */
export function nonEmptyString(entry: Entry | undefined): string | undefined {
  const value = entry?.value;
  return value?.type === "string" && value.value !== "" ? value.value : undefined;
}

export interface DefinedAccount {
  name: string;
  /** The name's origin: its key in the map form, or its item in the array form. */
  origin: Entry | Value;
  /** The account's block in the map form. */
  instance: BlockInstance | undefined;
}

/**
 * Returns the accounts of the `accounts` key, in either form. The map form
 * skips entries that only serve as $variables, as the server does.
 */
export function definedAccounts(view: AuthView): DefinedAccount[] {
  const value = topEntry(view, "accounts")?.value;
  if (value === undefined) return [];
  if (value.type === "array") {
    return value.items.flatMap((item) =>
      item.type === "string" ? [{ name: item.value, origin: item, instance: undefined }] : [],
    );
  }
  if (value.type !== "map") return [];
  const accounts: DefinedAccount[] = [];
  for (const entry of value.entries.values()) {
    if (entry.usedAsVariable || entry.value.type !== "map") continue;
    const instance = blockOf(view.blocks, entry.value);
    accounts.push({ name: entry.key, origin: entry, instance });
  }
  return accounts;
}

export function accountNames(view: AuthView): Set<string> {
  return new Set(definedAccounts(view).map((account) => account.name));
}

/** Users of authorization.users and accounts.NAME.users, in config order. */
export function clientUsers(view: AuthView): User[] {
  return view.users.filter((user) => user.scope === "global");
}

/** Returns the account block of a user, or undefined for authorization.users. */
export function accountOf(user: User): BlockInstance | undefined {
  const parent = user.instance.parent;
  return parent?.spec.id === "account" ? parent : undefined;
}

/** Returns the nkey of a user entry when it is a non-empty string. */
export function userNkey(user: User): string | undefined {
  return nonEmptyString(user.nkey);
}

/** Returns the key of a user in the server's user table: its nkey, else its name. */
export function userIdentity(user: User): string | undefined {
  return userNkey(user) ?? (user.name === "" ? undefined : user.name);
}

/**
 * Returns the entry that puts the server in operator mode: `operator` (or an
 * alias) with at least one JWT or path.
 */
export function operatorEntry(view: AuthView): Entry | undefined {
  const entry = topEntry(view, "operator");
  const value = entry?.value;
  if (value === undefined) return undefined;
  if (value.type === "string") return value.value === "" ? undefined : entry;
  if (value.type === "array") return value.items.length === 0 ? undefined : entry;
  return undefined;
}

/** Returns true when a listener block sets a port other than 0, by `port` or `listen`. */
export function hasPort(instance: BlockInstance): boolean {
  const value = (blockEntry(instance, "listen") ?? blockEntry(instance, "port"))?.value;
  if (value?.type === "int64") return value.value !== 0n;
  if (value?.type === "string") return !/:0*$/.test(value.value) && value.value !== "";
  return false;
}

/**
 * Returns the no_auth_user entries that the server checks: at the top level,
 * and in websocket and mqtt when they listen (the server skips the options of
 * a listener without a port).
 */
export function noAuthUserEntries(view: AuthView): { entry: Entry; where: string }[] {
  const found: { entry: Entry; where: string }[] = [];
  const top = topEntry(view, "no_auth_user");
  if (top !== undefined) found.push({ entry: top, where: "at the top level" });
  for (const id of ["websocket", "mqtt"]) {
    for (const instance of blocksWithId(view, id)) {
      if (!hasPort(instance)) continue;
      const entry = entryFor(instance.spec, instance.map, "no_auth_user");
      if (entry !== undefined) found.push({ entry, where: `in ${id}` });
    }
  }
  return found;
}

/** Reads a string key of a block; a shorthand for rules. */
export function blockString(instance: BlockInstance, name: string): string | undefined {
  return stringFor(instance.spec, instance.map, name);
}

export function blockEntry(instance: BlockInstance, name: string): Entry | undefined {
  return entryFor(instance.spec, instance.map, name);
}

/** The schema of the top level; exported for rules that look up keys there. */
export const TOP_BLOCK = getBlock("top");
