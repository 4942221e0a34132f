// Walks the resolved config and names the schema block of each map, following
// the `block` links of the schema from the top level down.

import { findKey, getBlock, type BlockSpec } from "../schema/index.js";
import type { Entry, MapValue, Value } from "../resolve/values.js";

export interface BlockInstance {
  spec: BlockSpec;
  map: MapValue;
  /** The map's position in the array of `owner`, or -1 when `owner` is the map itself. */
  index: number;
  /** The entry whose value is this map (or the array that contains it); null for the top level. */
  owner: Entry | null;
  /** The block that contains `owner`; null for the top level. */
  parent: BlockInstance | null;
}

/** Returns every map of the config whose block the schema describes, parents first. */
export function findBlocks(root: MapValue): BlockInstance[] {
  const found: BlockInstance[] = [];
  const seen = new Set<MapValue>();
  visitMap(getBlock("top"), root, -1, null, null, found, seen);
  return found;
}

function visitMap(
  spec: BlockSpec,
  map: MapValue,
  index: number,
  owner: Entry | null,
  parent: BlockInstance | null,
  found: BlockInstance[],
  seen: Set<MapValue>,
): void {
  // A map reached twice (through a variable) is visited once.
  if (seen.has(map)) return;
  seen.add(map);
  const instance: BlockInstance = { spec, map, index, owner, parent };
  found.push(instance);

  for (const entry of map.entries.values()) {
    if (spec.dataEntries !== undefined) {
      if (entry.usedAsVariable && spec.dataEntries.skipsVariables === true) continue;
      if (spec.dataEntries.block !== undefined) {
        visitValue(getBlock(spec.dataEntries.block), entry.value, entry, instance, found, seen);
      }
      continue;
    }
    const key = findKey(spec, entry.key);
    if (key?.block === undefined) continue;
    visitValue(getBlock(key.block), entry.value, entry, instance, found, seen);
  }
}

function visitValue(
  spec: BlockSpec,
  value: Value,
  owner: Entry,
  parent: BlockInstance,
  found: BlockInstance[],
  seen: Set<MapValue>,
): void {
  if (value.type === "map") {
    visitMap(spec, value, -1, owner, parent, found, seen);
  } else if (value.type === "array") {
    value.items.forEach((item, index) => {
      if (item.type === "map") visitMap(spec, item, index, owner, parent, found, seen);
    });
  }
}

interface BlockIndex {
  byMap: Map<MapValue, BlockInstance>;
  children: Map<BlockInstance, BlockInstance[]>;
  bySpec: Map<string, BlockInstance[]>;
}

// Rules look up blocks by map, parent and schema id many times per run. A scan
// of the whole list for each lookup would be quadratic in configs with many users.
const indexes = new WeakMap<readonly BlockInstance[], BlockIndex>();

function indexOf(blocks: readonly BlockInstance[]): BlockIndex {
  let index = indexes.get(blocks);
  if (index !== undefined) return index;
  index = { byMap: new Map(), children: new Map(), bySpec: new Map() };
  for (const instance of blocks) {
    index.byMap.set(instance.map, instance);
    if (instance.parent !== null) append(index.children, instance.parent, instance);
    append(index.bySpec, instance.spec.id, instance);
  }
  indexes.set(blocks, index);
  return index;
}

function append<K>(map: Map<K, BlockInstance[]>, key: K, instance: BlockInstance): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [instance]);
  else list.push(instance);
}

/** Returns the block whose map is `value`, if the schema describes one. */
export function blockOf(blocks: readonly BlockInstance[], value: Value): BlockInstance | undefined {
  return value.type === "map" ? indexOf(blocks).byMap.get(value) : undefined;
}

/** Returns the blocks directly inside `parent`, in config order. */
export function childBlocks(
  blocks: readonly BlockInstance[],
  parent: BlockInstance,
): readonly BlockInstance[] {
  return indexOf(blocks).children.get(parent) ?? [];
}

/** Returns the blocks of one schema id, in config order. */
export function blocksOfSpec(
  blocks: readonly BlockInstance[],
  id: string,
): readonly BlockInstance[] {
  return indexOf(blocks).bySpec.get(id) ?? [];
}

/**
 * Returns the blocks that the key `name` of `parent` sets, for every spelling
 * of the key (canonical name, alias or another case), in config order.
 * nats-server 2.9.10 to 2.14 parses every spelling, so a check that the server
 * makes while it reads options applies to each of these blocks.
 */
export function blocksForKey(
  blocks: readonly BlockInstance[],
  parent: BlockInstance,
  name: string,
): BlockInstance[] {
  const entries = new Set(entriesFor(parent.spec, parent.map, name));
  return childBlocks(blocks, parent).filter(
    (instance) => instance.owner !== null && entries.has(instance.owner),
  );
}

/**
 * Returns the blocks of the array items that the key `name` of `parent` lists,
 * over every spelling of the key, in config order. nats-server 2.9.10 to 2.14
 * appends the items of every spelling of an account's imports and exports.
 */
export function arrayItemsForKey(
  blocks: readonly BlockInstance[],
  parent: BlockInstance,
  name: string,
): BlockInstance[] {
  return blocksForKey(blocks, parent, name).filter(
    (instance) => instance.owner?.value.type === "array",
  );
}

/** Returns where a block is, such as `accounts.A.users[0]`; "" for the top level. */
export function blockPath(instance: BlockInstance): string {
  if (instance.owner === null || instance.parent === null) return "";
  const parentPath = blockPath(instance.parent);
  const own = instance.index >= 0 ? `${instance.owner.key}[${instance.index}]` : instance.owner.key;
  return parentPath === "" ? own : `${parentPath}.${own}`;
}

/**
 * Returns the entries of a block that set the key `name` (canonical or alias),
 * in map order. Several entries mean the key is written in several spellings.
 */
export function entriesFor(spec: BlockSpec, map: MapValue, name: string): Entry[] {
  const target = findKey(spec, name);
  if (target === undefined) throw new Error(`BUG: ${name} is not a key of block ${spec.id}`);
  const entries: Entry[] = [];
  for (const entry of map.entries.values()) {
    if (findKey(spec, entry.key) === target) entries.push(entry);
  }
  return entries;
}

/** Returns the entry that sets `name`, the last one when several spellings do. */
export function entryFor(spec: BlockSpec, map: MapValue, name: string): Entry | undefined {
  const entries = entriesFor(spec, map, name);
  return entries[entries.length - 1];
}

/** Returns the value of a boolean key, or undefined when it is unset or not a bool. */
export function boolFor(spec: BlockSpec, map: MapValue, name: string): boolean | undefined {
  const value = entryFor(spec, map, name)?.value;
  return value?.type === "bool" ? value.value : undefined;
}

export function stringFor(spec: BlockSpec, map: MapValue, name: string): string | undefined {
  const value = entryFor(spec, map, name)?.value;
  return value?.type === "string" ? value.value : undefined;
}
