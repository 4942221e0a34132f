// The resolved value tree: the config as nats-server holds it after parsing,
// with includes merged and variables replaced, and the origin of every value.

import type { SourceFile, Span } from "../source.js";
import type { StringStyle } from "../syntax/tree.js";

export type Origin = Span;

interface ValueBase {
  /** Where the value is written. */
  origin: Origin;
  /** The `$NAME` reference that brought the value here, when it came from a variable. */
  via?: Origin;
}

export interface StringValue extends ValueBase {
  type: "string";
  value: string;
  style: StringStyle | "environment";
  lossy: boolean;
}

export interface IntegerValue extends ValueBase {
  type: "int64";
  value: bigint;
}

export interface FloatValue extends ValueBase {
  type: "float64";
  value: number;
}

export interface BoolValue extends ValueBase {
  type: "bool";
  value: boolean;
}

export interface DateTimeValue extends ValueBase {
  type: "time";
  /** The literal, for example 2016-05-04T18:53:41Z. */
  value: string;
}

export interface ArrayValue extends ValueBase {
  type: "array";
  items: Value[];
}

export interface MapValue extends ValueBase {
  type: "map";
  entries: Map<string, Entry>;
}

export type Value =
  StringValue | IntegerValue | FloatValue | BoolValue | DateTimeValue | ArrayValue | MapValue;

export interface Entry {
  key: string;
  keyOrigin: Origin;
  value: Value;
  /** Earlier definitions of the same key in this map, oldest first; the server keeps the last. */
  shadowed: Entry[];
  /** True when a `$key` reference read this definition; the server then does not call it unknown. */
  usedAsVariable: boolean;
  /** The include directive that brought the entry into this map. */
  includedBy?: Origin;
}

export function createMap(origin: Origin): MapValue {
  return { type: "map", entries: new Map(), origin };
}

/** Sets a key the way the server does: a later definition replaces an earlier one. */
export function setEntry(map: MapValue, entry: Omit<Entry, "shadowed" | "usedAsVariable">): Entry {
  const previous = map.entries.get(entry.key);
  const created: Entry = {
    ...entry,
    shadowed: previous === undefined ? [] : [...previous.shadowed, previous],
    usedAsVariable: false,
  };
  map.entries.set(entry.key, created);
  return created;
}

/** Returns the span to point at for a value: the variable reference if any. */
export function locate(value: Value): Span {
  return value.via ?? value.origin;
}

export function sourceOf(value: Value): SourceFile {
  return value.origin.source;
}
