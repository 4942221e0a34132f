// Server options that the subsystem rules share: which listeners are on, whether
// JetStream runs, which accounts exist and whether the config is in operator
// mode. Each function reads the resolved config the way nats-server 2.9.10 to
// 2.14 reads the same keys.

import type { Entry, MapValue, Value } from "../resolve/values.js";
import { findKey, getBlock } from "../schema/index.js";
import { keyAvailability, keyExistsIn } from "../schema/versions.js";
import type { ServerVersion } from "../target/version.js";
import { parseHostPort } from "./servers-address.js";
import { childBlocks, entryFor, stringFor, type BlockInstance } from "./walk.js";

const TOP = getBlock("top");

/** Returns the entry of a top-level key (canonical name or alias). */
export function topEntry(root: MapValue, name: string): Entry | undefined {
  return entryFor(TOP, root, name);
}

/**
 * True when the target server accepts the key of `entry` as written in its block.
 * Rules skip other keys, which option-not-in-version reports.
 */
export function isKnownInTarget(
  instance: BlockInstance,
  entry: Entry,
  target: ServerVersion,
): boolean {
  const key = findKey(instance.spec, entry.key);
  if (key === undefined) return false;
  return keyExistsIn(keyAvailability(instance.spec, key, entry.key), target);
}

/**
 * Returns the map of a top-level block such as `cluster` or `jetstream`, or
 * undefined when the key is unset or not a map.
 */
export function topBlock(
  blocks: readonly BlockInstance[],
  name: string,
): BlockInstance | undefined {
  const top = blocks[0];
  if (top === undefined) return undefined;
  return childBlocks(blocks, top).find(
    (instance) => instance.owner !== null && findKey(TOP, instance.owner.key)?.name === name,
  );
}

/**
 * Returns the first top-level entry among `names` that sets a port other than
 * 0, such as the HTTPS monitoring port; -1 (a random port) counts as set.
 */
export function portEntry(root: MapValue, names: readonly string[]): Entry | undefined {
  for (const name of names) {
    const entry = topEntry(root, name);
    if (entry === undefined) continue;
    const port = listenValuePort(entry.value);
    if (port !== undefined && port !== 0) return entry;
  }
  return undefined;
}

/** Returns the port that a `listen` value sets, or undefined when it does not parse. */
export function listenValuePort(value: Value): number | undefined {
  if (value.type === "int64") return Number(value.value);
  if (value.type !== "string") return undefined;
  const parsed = parseHostPort(value.value);
  return parsed.ok ? parsed.port : undefined;
}

/**
 * True when a listener block sets a port other than 0 through `port` or
 * `listen`. Port -1 (random) counts as set, as it does in the server.
 */
export function hasListenPort(instance: BlockInstance | undefined): boolean {
  if (instance === undefined) return false;
  const port = entryFor(instance.spec, instance.map, "port")?.value;
  if (port?.type === "int64" && port.value !== 0n) return true;
  const listen = entryFor(instance.spec, instance.map, "listen")?.value;
  const listenPort = listen === undefined ? undefined : listenValuePort(listen);
  return listenPort !== undefined && listenPort !== 0;
}

function enabledByWord(value: Value): boolean | undefined {
  if (value.type === "bool") return value.value;
  if (value.type === "string") return ["enabled", "enable"].includes(value.value.toLowerCase());
  return undefined;
}

/** True when the top-level `jetstream` key turns JetStream on: true, "enabled" or a map. */
export function isJetStreamEnabled(root: MapValue): boolean {
  const value = topEntry(root, "jetstream")?.value;
  if (value === undefined) return false;
  if (value.type !== "map") return enabledByWord(value) ?? false;
  // A map turns JetStream on unless its `enable` key is false.
  const enable = entryFor(getBlock("jetstream"), value, "enable")?.value;
  return enable?.type === "bool" ? enable.value : true;
}

/** True when an account's `jetstream` value gives it JetStream limits: true, "enabled" or any map. */
export function isAccountJetStreamEnabled(value: Value): boolean {
  return value.type === "map" || enabledByWord(value) === true;
}

/** True when the config names operator JWTs, which puts the server in operator mode. */
export function isOperatorMode(root: MapValue): boolean {
  const value = topEntry(root, "operator")?.value;
  if (value === undefined) return false;
  if (value.type === "string") return value.value !== "";
  return value.type === "array" && value.items.length > 0;
}

/** Returns `system_account` (or `system`), which the server reads only in lower case. */
export function systemAccountName(root: MapValue): string | undefined {
  return stringFor(TOP, root, "system_account");
}

/**
 * Returns the account the server uses as system account: `system_account`, or
 * `$SYS` unless `no_system_account` is true. Undefined when there is none.
 */
export function effectiveSystemAccount(root: MapValue): string | undefined {
  const named = systemAccountName(root);
  if (named !== undefined && named !== "") return named;
  const disabled = topEntry(root, "no_system_account")?.value;
  if (disabled?.type === "bool" && disabled.value) return undefined;
  return "$SYS";
}

export interface AccountDefinition {
  name: string;
  /** The account's map in the `accounts` block; undefined for the array form. */
  map: MapValue | undefined;
  entry: Entry | undefined;
}

/** Returns the accounts that the `accounts` block defines, in either form. */
export function configuredAccounts(root: MapValue): AccountDefinition[] {
  const value = topEntry(root, "accounts")?.value;
  if (value?.type === "array") {
    return value.items.flatMap((item) =>
      item.type === "string" ? [{ name: item.value, map: undefined, entry: undefined }] : [],
    );
  }
  if (value?.type !== "map") return [];
  const accounts: AccountDefinition[] = [];
  for (const entry of value.entries.values()) {
    // The server skips entries that only serve as $variables.
    if (entry.usedAsVariable) continue;
    accounts.push({
      name: entry.key,
      map: entry.value.type === "map" ? entry.value : undefined,
      entry,
    });
  }
  return accounts;
}

/** True when authorization or an account defines users or nkey users. */
export function hasConfiguredUsers(blocks: readonly BlockInstance[]): boolean {
  return blocks.some((instance) => instance.spec.id === "user");
}
