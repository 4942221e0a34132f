import { describe, expect, test } from "vitest";

import {
  isPortInRange,
  parseDecimalInteger,
  parseHostPort,
} from "../../src/model/servers-address.js";

describe("parseHostPort", () => {
  test.each([
    ["0.0.0.0:4222", "0.0.0.0", 4222],
    [":4222", "", 4222],
    ["localhost:-1", "localhost", -1],
    ["[::1]:4222", "::1", 4222],
    ["[fe80::1%eth0]:80", "fe80::1%eth0", 80],
    ["host:+80", "host", 80],
    ["host:070000", "host", 70000],
  ])("splits %s", (text, host, port) => {
    expect(parseHostPort(text)).toEqual({ ok: true, host, port });
  });

  test.each([
    ["localhost", "missing-port"],
    ["127.0.0.1", "missing-port"],
    ["::1:4222", "too-many-colons"],
    ["[::1]", "missing-port"],
    ["[::1]x:80", "missing-port"],
    ["[::1]:80:90", "too-many-colons"],
    ["[::1:80", "bad-brackets"],
    ["a]b:80", "bad-brackets"],
    ["a[b:80", "bad-brackets"],
    ["host:", "bad-port"],
    ["host:abc", "bad-port"],
    ["host:1_000", "bad-port"],
    ["host: 80", "bad-port"],
  ])("rejects %s", (text, reason) => {
    expect(parseHostPort(text)).toEqual({ ok: false, reason });
  });
});

describe("parseDecimalInteger", () => {
  test("reads signed integers", () => {
    expect(parseDecimalInteger("-12")).toBe(-12);
    expect(parseDecimalInteger("9223372036854775807")).toBe(9223372036854775807);
  });

  test("rejects overflow and junk", () => {
    expect(parseDecimalInteger("9223372036854775808")).toBeUndefined();
    expect(parseDecimalInteger("0x10")).toBeUndefined();
    expect(parseDecimalInteger("")).toBeUndefined();
  });
});

describe("isPortInRange", () => {
  test.each([
    [-1, true],
    [0, true],
    [65535, true],
    [-2, false],
    [65536, false],
  ])("port %d", (port, expected) => {
    expect(isPortInRange(port)).toBe(expected);
  });
});
