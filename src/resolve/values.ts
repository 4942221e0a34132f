// The resolved value tree: the config as nats-server stores it after parsing,
// with includes merged and variables replaced, and the origin of every value.

import type { SourceFile, Span } from "../source.js";
import type { StringStyle } from "../syntax/tree.js";

export type Origin = Span;

/** Every value is a span: the text where it is written. */
interface ValueBase extends Span {
  /** The `$NAME` reference that brought the value here, when it came from a variable. */
  via?: Span;
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

const NOTHING_SHADOWED: readonly Entry[] = Object.freeze([]);

export class Entry {
  /** Earlier definitions of the same key in this map, oldest first; the server keeps the last. */
  shadowed: readonly Entry[] = NOTHING_SHADOWED;
  /** True when a `$key` reference read this definition; the server then does not call it unknown. */
  usedAsVariable = false;
  /** The include directive that brought the entry into this map. */
  includedBy: Span | undefined = undefined;

  constructor(
    readonly key: string,
    /** The file where the key is written, and the key's offsets in it. */
    readonly source: SourceFile,
    readonly keyStart: number,
    readonly keyEnd: number,
    readonly value: Value,
  ) {}

  get keyOrigin(): Span {
    return { source: this.source, start: this.keyStart, end: this.keyEnd };
  }
}

export function createMap(source: SourceFile, start: number, end: number): MapValue {
  return { type: "map", entries: new Map(), source, start, end };
}

/** Sets a key the way the server does: a later definition replaces an earlier one. */
export function setEntry(map: MapValue, entry: Entry): Entry {
  const previous = map.entries.get(entry.key);
  if (previous !== undefined) {
    // The list moves to the newest definition, so a key set n times costs O(n).
    const shadowed = previous.shadowed === NOTHING_SHADOWED ? [] : (previous.shadowed as Entry[]);
    previous.shadowed = NOTHING_SHADOWED;
    shadowed.push(previous);
    entry.shadowed = shadowed;
  }
  map.entries.set(entry.key, entry);
  return entry;
}

/** Returns the span to point at for a value: the variable reference if any. */
export function locate(value: Value): Span {
  return value.via ?? value;
}
