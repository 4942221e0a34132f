import { describe, expect, test } from "vitest";

import { formatDuration, parseGoDuration } from "../../src/model/durations.js";

describe("parseGoDuration", () => {
  test.each([
    ["0", 0n],
    ["1s", 1_000_000_000n],
    ["1h30m", 5_400_000_000_000n],
    ["1.5s", 1_500_000_000n],
    [".5s", 500_000_000n],
    ["1.s", 1_000_000_000n],
    ["-2m", -120_000_000_000n],
    ["+3ms", 3_000_000n],
    ["10\u00b5s", 10_000n],
    ["7ns", 7n],
    ["2562047h", 2_562_047n * 3_600_000_000_000n],
  ])("reads %s", (text, expected) => {
    expect(parseGoDuration(text)).toEqual({ ok: true, nanoseconds: expected });
  });

  test.each([
    ["", "empty"],
    ["-", "syntax"],
    ["30", "missing-unit"],
    ["1d", "unknown-unit"],
    ["5 min", "unknown-unit"],
    ["1S", "unknown-unit"],
    [".s", "syntax"],
    ["3000000h", "overflow"],
  ])("rejects %j", (text, reason) => {
    const parsed = parseGoDuration(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.reason).toBe(reason);
  });
});

test("formatDuration writes the largest units first", () => {
  expect(formatDuration(5_400_000_000_000n)).toBe("1h30m");
  expect(formatDuration(500_000_000n)).toBe("500ms");
  expect(formatDuration(0n)).toBe("0s");
  expect(formatDuration(-61_000_000_000n)).toBe("-1m1s");
});
