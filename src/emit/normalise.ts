// Rewrites values that nats-server accepts in several forms into one form each,
// so that two configs with the same meaning compile to the same JSON. Each
// rewrite names the server behaviour it relies on. The forms are the same in
// nats-server 2.2 to 2.14 unless a comment gives other releases.

import { parseGoDuration } from "../model/durations.js";
import type { Value } from "../resolve/values.js";
import { findKey, getBlock, type KeySpec } from "../schema/index.js";
import type { BlockSpec, ValueType } from "../schema/types.js";
import { keyAvailability, keyExistsIn } from "../schema/versions.js";
import { isAtLeast, type ServerVersion } from "../target/version.js";

/** A rewritten value, before it is written as JSON; strings and maps keep their origin. */
export type Rewrite =
  | { kind: "keep" }
  | { kind: "integer"; value: bigint }
  | { kind: "string"; value: string }
  /** The value as a one-item list: a string the server reads as a list of that string. */
  | { kind: "list" }
  /** A map with one key set to the value, or to a list of it. */
  | { kind: "wrap"; key: string; asList: boolean }
  /** A map with one boolean. */
  | { kind: "flag"; key: string; value: boolean }
  /** A map with an empty map under each of the given keys. */
  | { kind: "empty-maps"; keys: string[] };

const KEEP: Rewrite = { kind: "keep" };

const STORAGE_SHIFTS: Readonly<Record<string, bigint>> = { K: 10n, M: 20n, G: 30n, T: 40n };

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

/**
 * Reads a JetStream size string as nats-server's getStorageSize does: an
 * int64 followed by one of K, M, G or T (upper case, powers of 1024), and ""
 * as 0. The multiplication wraps around at 64 bits, as Go's does. Returns
 * undefined for text the server rejects.
 */
export function storageSize(text: string): bigint | undefined {
  if (text === "") return 0n;
  const shift = STORAGE_SHIFTS[text.slice(-1)];
  const digits = text.slice(0, -1);
  // strconv.ParseInt with base 10: an optional sign, then decimal digits only.
  if (shift === undefined || !/^[+-]?[0-9]+$/.test(digits)) return undefined;
  const number = BigInt(digits);
  if (number < INT64_MIN || number > INT64_MAX) return undefined;
  return BigInt.asIntN(64, number << shift);
}

/** Keys read by the server's listen parser, which takes a port or "host:port". */
const LISTEN_KEYS = new Set(["listen", "http", "https"]);

/** True when the target server reads the key `name` in the block `blockId`. */
export function targetReads(blockId: string, name: string, target: ServerVersion): boolean {
  const block = getBlock(blockId);
  const key = findKey(block, name);
  return key !== undefined && keyExistsIn(keyAvailability(block, key, name), target);
}

/** True when the target server takes a value of this type for the key, and uses it. */
function acceptsType(key: KeySpec, type: ValueType, target: ServerVersion): boolean {
  if (!key.types.includes(type) || key.typesIgnored?.includes(type) === true) return false;
  const since = key.typesSince?.[type];
  return since === undefined || isAtLeast(target, since);
}

/**
 * Returns how to rewrite the value of a known key so that the target server
 * reads the same thing. A rewrite that needs a form the target does not take
 * is skipped, and the value stays as written.
 */
export function rewriteFor(
  block: BlockSpec,
  key: KeySpec,
  value: Value,
  target: ServerVersion,
): Rewrite {
  // A port alone leaves the host empty, exactly as ":port" does (parseListen
  // splits the string with net.SplitHostPort), and the server fills in the
  // default host later in both cases.
  if (LISTEN_KEYS.has(key.name) && key.meaning === "host-port" && value.type === "int64") {
    return { kind: "string", value: `:${value.value}` };
  }

  // Keys read as seconds take a number or, in releases that read strings, a Go
  // duration string; "5s" is then the number 5. Only whole seconds are
  // rewritten, because Go's float arithmetic for fractions is not reproduced.
  if (key.meaning === "seconds" && value.type === "string" && acceptsType(key, "string", target)) {
    const parsed = parseGoDuration(value.value);
    if (!parsed.ok || parsed.nanoseconds % 1_000_000_000n !== 0n) return KEEP;
    return { kind: "integer", value: parsed.nanoseconds / 1_000_000_000n };
  }

  // Unquoted sizes are integers already; quoted ones in the jetstream block
  // go through getStorageSize.
  if (key.meaning === "size" && value.type === "string") {
    const bytes = storageSize(value.value);
    return bytes === undefined ? KEEP : { kind: "integer", value: bytes };
  }

  // jetstream: true, "enabled" and { enable: true } all turn JetStream on
  // (parseJetStream starts the map form enabled and reads enable last).
  if (
    block.id === "top" &&
    key.name === "jetstream" &&
    targetReads("jetstream", "enable", target)
  ) {
    if (value.type === "bool") return { kind: "flag", key: "enable", value: value.value };
    if (value.type === "string") {
      const word = value.value.toLowerCase();
      if (word === "enabled" || word === "enable")
        return { kind: "flag", key: "enable", value: true };
      if (word === "disabled" || word === "disable")
        return { kind: "flag", key: "enable", value: false };
    }
    return KEEP;
  }

  // Compression (2.10.0 to 2.14): false is "off", true is the block's default
  // mode (s2_fast for routes, s2_auto for leafnodes), and a map with only a
  // mode is that mode.
  if (key.block === "compression") {
    if (value.type === "bool") {
      if (!value.value) return { kind: "string", value: "off" };
      return { kind: "string", value: block.id === "cluster" ? "s2_fast" : "s2_auto" };
    }
    if (value.type === "map" && value.entries.size === 1) {
      const [entry] = value.entries.values();
      if (entry!.key.toLowerCase() === "mode" && entry!.value.type === "string")
        return { kind: "string", value: entry!.value.value };
    }
    return KEEP;
  }

  // A mapping weight may be a string such as "40%" or "40"; the server trims
  // one % and reads the rest with strconv.Atoi, so it is the integer 40.
  if (block.id === "mapping-destination" && key.name === "weight" && value.type === "string") {
    const digits = value.value.endsWith("%") ? value.value.slice(0, -1) : value.value;
    if (!/^[+-]?[0-9]{1,3}$/.test(digits)) return KEEP;
    const weight = BigInt(digits);
    return weight >= 0n && weight <= 100n ? { kind: "integer", value: weight } : KEEP;
  }

  // accounts: [A, B] defines accounts without options, as accounts { A {}, B {} }
  // does. The array form rejects a repeated name, which the map form would merge.
  if (block.id === "top" && key.name === "accounts" && value.type === "array") {
    const names = value.items.map((item) => (item.type === "string" ? item.value : undefined));
    if (names.some((name) => name === undefined)) return KEEP;
    if (new Set(names).size !== names.length) return KEEP;
    return { kind: "empty-maps", keys: names as string[] };
  }

  // A subject string or a list of subjects means the same as { allow: [...] }
  // (parseVariablePermissions). An empty list stays as written.
  if (block.id === "permissions" && (key.name === "publish" || key.name === "subscribe")) {
    if (value.type === "string") return { kind: "wrap", key: "allow", asList: true };
    if (value.type === "array" && value.items.length > 0)
      return { kind: "wrap", key: "allow", asList: false };
    return KEEP;
  }

  // Keys that take one string or a list of strings read the string as a
  // one-item list (parseStringArray and its copies for trusted, server_tags,
  // resolver_pinned_accounts, deny_imports and the rest).
  if (
    value.type === "string" &&
    key.types.includes("string") &&
    acceptsType(key, "array", target) &&
    key.block === undefined
  ) {
    return { kind: "list" };
  }
  return KEEP;
}
