// The server's handling of one option that a block sets under several
// spellings (another case or an alias), for duplicate-key-case and
// key-and-alias. The server lower-cases each key in a loop over a Go map
// (nats-server 2.9.10 to 2.14, server/opts.go), so it parses every spelling,
// in random order. Most options keep the value parsed last, but some add up or
// reject the second value.

import type { ServerReaction } from "../diagnostics/diagnostic.js";
import { entriesFor, type BlockInstance } from "../model/walk.js";
import type { Entry } from "../resolve/values.js";
import { findKey, getBlock, type KeySpec } from "../schema/index.js";

export interface SpellingsOutcome {
  /** One or two sentences that describe what the server does with the spellings. */
  effect: string;
  server: ServerReaction;
}

/** Account keys whose arrays parseAccounts appends to one list, so the items of every spelling apply. */
const APPENDED_ARRAYS: Readonly<Record<string, readonly string[]>> = {
  account: ["imports", "exports"],
};

/**
 * Top-level blocks whose parser sets one option at a time in the server's
 * options, so the blocks of two spellings are merged.
 */
const MERGED_TOP_BLOCKS: ReadonlySet<string> = new Set([
  "cluster",
  "gateway",
  "jetstream",
  "leafnodes",
  "mqtt",
  "websocket",
]);

/**
 * Blocks with a store_dir key. The server rejects any spelling that it reads
 * after a non-empty one, with "Duplicate 'store_dir' configuration".
 */
const STORE_DIR_BLOCKS: ReadonlySet<string> = new Set(["top", "jetstream"]);

/**
 * Export keys that the server rejects when it reads a second spelling, with the message
 * it gives (server/opts.go parseExportStreamOrService, 2.9.10 to 2.14).
 */
const REPEAT_REJECTED: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  export: {
    response: "Duplicate response type definition",
    threshold: "Duplicate response threshold detected",
  },
};

const JETSTREAM = getBlock("jetstream");

const ONE_VALUE_WINS: SpellingsOutcome = {
  effect: "nats-server reads both in random order, so either value may win on each start.",
  server: "accepts",
};

function isNonEmptyString(entry: Entry): boolean {
  return entry.value.type === "string" && entry.value.value !== "";
}

/** Returns what the server does with every spelling of `key` in `instance`. */
export function spellingsOutcome(
  instance: BlockInstance,
  key: KeySpec | undefined,
): SpellingsOutcome {
  if (key === undefined || findKey(instance.spec, key.name) !== key) return ONE_VALUE_WINS;
  const blockId = instance.spec.id;
  const entries = entriesFor(instance.spec, instance.map, key.name);

  const rejection = REPEAT_REJECTED[blockId]?.[key.name];
  if (rejection !== undefined) {
    return {
      effect: `nats-server rejects the config with "${rejection}", whichever spelling it reads first.`,
      server: "rejects",
    };
  }
  if (APPENDED_ARRAYS[blockId]?.includes(key.name) === true) {
    return {
      effect: `nats-server reads both and adds the items of every ${key.name} array, so all of them apply, and an item repeated across the arrays is a duplicate.`,
      server: "accepts",
    };
  }
  if (STORE_DIR_BLOCKS.has(blockId) && key.name === "store_dir") {
    return storeDirOutcome(entries) ?? ONE_VALUE_WINS;
  }
  if (blockId !== "top" || !entries.every((entry) => entry.value.type === "map")) {
    return ONE_VALUE_WINS;
  }
  if (key.name === "authorization") {
    return {
      effect:
        "nats-server reads both blocks in random order: the users of both apply, and each other option takes its value, or no value, from the block it reads last.",
      server: "accepts",
    };
  }
  if (!MERGED_TOP_BLOCKS.has(key.name)) return ONE_VALUE_WINS;
  const merged =
    "nats-server reads both blocks in random order and merges their options: an option set in one block applies, and one set in both may take either value.";
  if (key.name === "jetstream") {
    // The blocks share one storage directory, so store_dir in both is the duplicate above.
    const storeDirs = entries.flatMap((entry) =>
      entry.value.type === "map" ? entriesFor(JETSTREAM, entry.value, "store_dir") : [],
    );
    const outcome = storeDirOutcome(storeDirs);
    if (outcome !== undefined) return { ...outcome, effect: `${merged} But ${outcome.effect}` };
  }
  return { effect: merged, server: "accepts" };
}

/**
 * Returns the outcome of store_dir entries that fill one storage directory,
 * or undefined when fewer than two set it.
 */
function storeDirOutcome(entries: readonly Entry[]): SpellingsOutcome | undefined {
  if (entries.length < 2) return undefined;
  // A start passes only when no entry comes after a non-empty one.
  const nonEmpty = entries.filter(isNonEmptyString).length;
  if (nonEmpty >= 2) {
    return {
      effect:
        "nats-server rejects the config with \"Duplicate 'store_dir' configuration\", because it allows one storage directory.",
      server: "rejects",
    };
  }
  if (nonEmpty === 1) {
    return {
      effect:
        "nats-server rejects the config with \"Duplicate 'store_dir' configuration\" when it reads the non-empty store_dir first, which Go's random map order does on some starts.",
      server: "rejects-sometimes",
    };
  }
  return undefined;
}
