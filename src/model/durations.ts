// Go's duration syntax (time.ParseDuration), which nats-server uses for every
// duration string: "1h30m", "500ms", "-1.5s". Written from the Go
// documentation and checked against nats-server 2.9.10.

const NANOSECONDS_PER_UNIT: Readonly<Record<string, bigint>> = {
  ns: 1n,
  us: 1_000n,
  "\u00b5s": 1_000n,
  "\u03bcs": 1_000n,
  ms: 1_000_000n,
  s: 1_000_000_000n,
  m: 60_000_000_000n,
  h: 3_600_000_000_000n,
};

const MAX_NANOSECONDS = (1n << 63n) - 1n;

export type DurationParse =
  | { ok: true; nanoseconds: bigint }
  | {
      ok: false;
      reason: "empty" | "syntax" | "missing-unit" | "unknown-unit" | "overflow";
      unit?: string;
    };

/** Parses a Go duration string into nanoseconds, rounding fractions down as Go does. */
export function parseGoDuration(text: string): DurationParse {
  let rest = text;
  let negative = false;
  if (rest.startsWith("-") || rest.startsWith("+")) {
    negative = rest.startsWith("-");
    rest = rest.slice(1);
  }
  if (rest === "0") return { ok: true, nanoseconds: 0n };
  if (rest === "") return { ok: false, reason: text === "" ? "empty" : "syntax" };
  let total = 0n;
  while (rest !== "") {
    const number = /^(\d*)(?:\.(\d*))?/.exec(rest)!;
    const whole = number[1] ?? "";
    const fraction = number[2] ?? "";
    if (whole === "" && fraction === "") return { ok: false, reason: "syntax" };
    rest = rest.slice(number[0].length);
    const unitMatch = /^[^\d.]+/.exec(rest);
    if (unitMatch === null) return { ok: false, reason: "missing-unit" };
    const unit = unitMatch[0];
    const scale = NANOSECONDS_PER_UNIT[unit];
    if (scale === undefined) return { ok: false, reason: "unknown-unit", unit };
    rest = rest.slice(unit.length);
    let part = BigInt(whole === "" ? "0" : whole) * scale;
    if (fraction !== "") {
      part += (BigInt(fraction) * scale) / 10n ** BigInt(fraction.length);
    }
    total += part;
    if (total > MAX_NANOSECONDS) return { ok: false, reason: "overflow" };
  }
  return { ok: true, nanoseconds: negative ? -total : total };
}

/** Writes nanoseconds the way people write durations: "1h30m", "500ms", "0s". */
export function formatDuration(nanoseconds: bigint): string {
  if (nanoseconds === 0n) return "0s";
  const sign = nanoseconds < 0n ? "-" : "";
  let rest = nanoseconds < 0n ? -nanoseconds : nanoseconds;
  const parts: string[] = [];
  for (const [unit, scale] of [
    ["h", 3_600_000_000_000n],
    ["m", 60_000_000_000n],
    ["s", 1_000_000_000n],
    ["ms", 1_000_000n],
    ["us", 1_000n],
    ["ns", 1n],
  ] as const) {
    if (rest >= scale) {
      parts.push(`${rest / scale}${unit}`);
      rest %= scale;
    }
  }
  return sign + parts.join("");
}
