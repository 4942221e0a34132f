// Conversion of number and datetime literals to values, as nats-server's config
// parser does it (conf/parse.go, v2.9.10 to v2.14).

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

/** Multipliers of the size suffixes, matched without case. */
const SUFFIX_MULTIPLIERS: ReadonlyMap<string, bigint> = new Map([
  ["", 1n],
  ["k", 10n ** 3n],
  ["kb", 2n ** 10n],
  ["ki", 2n ** 10n],
  ["kib", 2n ** 10n],
  ["m", 10n ** 6n],
  ["mb", 2n ** 20n],
  ["mi", 2n ** 20n],
  ["mib", 2n ** 20n],
  ["g", 10n ** 9n],
  ["gb", 2n ** 30n],
  ["gi", 2n ** 30n],
  ["gib", 2n ** 30n],
  ["t", 10n ** 12n],
  ["tb", 2n ** 40n],
  ["ti", 2n ** 40n],
  ["tib", 2n ** 40n],
  ["p", 10n ** 15n],
  ["pb", 2n ** 50n],
  ["pi", 2n ** 50n],
  ["pib", 2n ** 50n],
  ["e", 10n ** 18n],
  ["eb", 2n ** 60n],
  ["ei", 2n ** 60n],
  ["eib", 2n ** 60n],
]);

export type IntegerResult =
  | { ok: true; value: bigint; wrapped: boolean }
  | { ok: false; reason: "not-ascii" | "out-of-range" | "unknown-suffix"; suffix: string };

/**
 * Converts an integer literal such as `-12`, `1k` or `8MiB`.
 *
 * The digits must fit in int64. The multiplication by the suffix wraps around on
 * overflow, as Go's int64 arithmetic does (`10E` is -8446744073709551616); the
 * result reports `wrapped` so callers can warn.
 */
export function convertInteger(literal: string): IntegerResult {
  const match = /^(-?)([0-9]*)(.*)$/su.exec(literal)!;
  const [, sign, digits, rest] = match;
  const suffix = rest!.trim().toLowerCase();
  if (digits === "" || /^\p{Nd}/u.test(rest!)) {
    return { ok: false, reason: "not-ascii", suffix };
  }
  const number = BigInt(sign + digits!);
  if (number < INT64_MIN || number > INT64_MAX) {
    return { ok: false, reason: "out-of-range", suffix };
  }
  const multiplier = SUFFIX_MULTIPLIERS.get(suffix);
  if (multiplier === undefined) {
    return { ok: false, reason: "unknown-suffix", suffix };
  }
  const exact = number * multiplier;
  const value = BigInt.asIntN(64, exact);
  return { ok: true, value, wrapped: value !== exact };
}

export type FloatResult =
  { ok: true; value: number } | { ok: false; reason: "not-ascii" | "out-of-range" };

/** Converts a float literal such as `0.5` or `-22.25` to a float64. */
export function convertFloat(literal: string): FloatResult {
  if (!/^-?[0-9]+\.[0-9]+$/.test(literal)) return { ok: false, reason: "not-ascii" };
  const value = Number(literal);
  if (!Number.isFinite(value)) return { ok: false, reason: "out-of-range" };
  return { ok: true, value };
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return leap ? 29 : 28;
  }
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * Checks a datetime literal of the form `YYYY-MM-DDTHH:MM:SSZ` the way Go's
 * time.Parse does: ASCII digits, a real calendar date, hours below 24, minutes
 * and seconds below 60 (no leap seconds).
 */
export function isValidDateTime(literal: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})Z$/.exec(literal);
  if (match === null) return false;
  const [year, month, day, hour, minute, second] = match.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (month < 1 || month > 12) return false;
  if (day < 1 || day > daysInMonth(year, month)) return false;
  return hour < 24 && minute < 60 && second < 60;
}
