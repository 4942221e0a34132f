// The shape of the option schema: which keys each block of a nats-server config
// accepts, under which names, with which value types.

/** Types of parsed values, as the config parser produces them. */
export type ValueType = "string" | "int64" | "float64" | "bool" | "map" | "array" | "time";

/**
 * What the server does with the value, beyond its parsed type. Rules and the
 * emitter use it to normalise and to explain type errors.
 *
 * - size: integer bytes (unit suffixes allowed when unquoted)
 * - duration: a Go duration string ("2s", "1m30s"); an integer also works but means seconds with a warning
 * - duration-string: a Go duration string only
 * - seconds: an integer or float number of seconds, or a duration string
 * - path: a file or directory path, resolved against the server's working directory
 * - subject: a NATS subject
 */
export type ValueMeaning =
  | "plain"
  | "size"
  | "duration"
  | "duration-string"
  | "seconds"
  | "path"
  | "subject"
  | "host-port"
  | "url";

export interface KeySpec {
  /** Canonical name, lower case for blocks that match keys without case. */
  name: string;
  aliases?: readonly string[];
  /** Parsed types the server accepts for the value. */
  types: readonly ValueType[];
  meaning?: ValueMeaning;
  /**
   * For an array value: the types each item may have. When absent, items of a
   * key with a `block` must be maps, and other arrays are not checked.
   */
  items?: readonly ValueType[];
  /**
   * Value types that only some releases accept, with the first release that
   * does, such as `{ string: "2.11.2" }`.
   */
  typesSince?: Readonly<Partial<Record<ValueType, string>>>;
  /** What releases before `typesSince` do with such a value: reject it (the default) or ignore it. */
  typeBeforeSince?: "rejected" | "ignored";
  /**
   * Value types of `types` that every release takes without an error but then
   * ignores, using the default instead.
   */
  typesIgnored?: readonly ValueType[];
  /**
   * Set when the server takes a value of a type outside `types` without an
   * error. `effect` is a clause that describes what the server does instead of
   * using the value, such as "uses a 1-second timeout". `until` is the first
   * release that rejects such values; without it, no release does. Without
   * this field, every release rejects them.
   */
  otherTypesAccepted?: { effect: string; until?: string };
  /**
   * When the server checks the value against `values`, `min` and `max`:
   * while reading options (the default, so `nats-server -t` fails), or only
   * at start-up.
   */
  valueCheckedAt?: "options" | "startup";
  /** For a map value, or an array of maps: the id of the block that describes each map. */
  block?: string;
  /** Allowed values, for enumerations. */
  values?: readonly string[];
  /** Whether `values` are matched without case. */
  valuesIgnoreCase?: boolean;
  /**
   * True when the server reads this key only as written, even in a block that
   * ignores case elsewhere; other spellings are ignored.
   */
  exactCase?: boolean;
  /** Smallest and largest integer values the server accepts. */
  min?: number;
  max?: number;
  /** First server version that accepts the key, such as "2.10.0". */
  since?: string;
  /** First server version that no longer accepts the key. */
  until?: string;
  description: string;
}

export interface BlockSpec {
  id: string;
  description: string;
  /**
   * How the server finds keys in the block: "insensitive" lower-cases them
   * first (most blocks), "exact" compares them as written, and other spellings
   * are ignored or rejected.
   */
  keyCase: "insensitive" | "exact";
  keys: readonly KeySpec[];
  /**
   * For maps whose keys are data (account names, subjects, header names):
   * the block or value that each entry holds. Such maps have no fixed keys.
   */
  dataEntries?: {
    block?: string;
    types: readonly ValueType[];
    description: string;
    /** True when the server skips entries that only serve as $variables (accounts do). */
    skipsVariables?: boolean;
  };
  /**
   * Server behaviour for a key it does not accept: "rejected" (the default)
   * makes the config invalid, and "ignored" drops the key without a warning.
   */
  unknownKeys?: "rejected" | "ignored";
  /**
   * Whether a key that is only referenced as a `$variable` is accepted. The
   * server exempts such keys from the unknown-field check everywhere except in
   * tls blocks.
   */
  variablesAllowed: boolean;
}
