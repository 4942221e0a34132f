// Looks up blocks and keys of the option schema.

import { BLOCKS } from "./blocks/index.js";
import type { BlockSpec, KeySpec } from "./types.js";

export type { BlockSpec, KeySpec, ValueMeaning, ValueType } from "./types.js";

const blocksById = new Map<string, BlockSpec>();
for (const block of BLOCKS) blocksById.set(block.id, block);

const keyIndex = new Map<BlockSpec, Map<string, KeySpec>>();

export function getBlock(id: string): BlockSpec {
  const block = blocksById.get(id);
  if (block === undefined) throw new Error(`BUG: unknown schema block ${id}`);
  return block;
}

export function allBlocks(): readonly BlockSpec[] {
  return BLOCKS;
}

function indexOf(block: BlockSpec): Map<string, KeySpec> {
  let index = keyIndex.get(block);
  if (index === undefined) {
    index = new Map();
    for (const key of block.keys) {
      index.set(key.name, key);
      for (const alias of key.aliases ?? []) index.set(alias, key);
    }
    keyIndex.set(block, index);
  }
  return index;
}

/** Finds the key spec for a key as written, matching case the way the server does. */
export function findKey(block: BlockSpec, written: string): KeySpec | undefined {
  const key = findKeyIgnoringCase(block, written);
  if (key === undefined || block.keyCase === "exact") return indexOf(block).get(written);
  if (key.exactCase === true && key.name !== written && !(key.aliases ?? []).includes(written)) {
    return undefined;
  }
  return key;
}

/** Finds the key spec for a key in any case; for messages about mis-cased keys. */
export function findKeyIgnoringCase(block: BlockSpec, written: string): KeySpec | undefined {
  const index = indexOf(block);
  return index.get(written) ?? index.get(written.toLowerCase());
}

const namesByBlock = new Map<BlockSpec, readonly string[]>();

/** Returns every name (canonical and alias) the block accepts; the same array each time. */
export function keyNames(block: BlockSpec): readonly string[] {
  let names = namesByBlock.get(block);
  if (names === undefined) {
    names = Object.freeze([...indexOf(block).keys()]);
    namesByBlock.set(block, names);
  }
  return names;
}
