import { describe, expect, test } from "vitest";

import { isPublicAccountKey, isUserSeed } from "../../src/model/nkeys.js";

// Keys from the NATS documentation examples; the account keys were also checked
// against nats-server 2.9.10 (`accounts { X { nkey: ... } }`).
const ACCOUNT_KEY = "ABJHLOVMPA4CI6R5KLNGOB4GSLNIY7IOUPAJC4YFNDLQVIOBYQGUWVLA";
const USER_KEY = "UDXU4RCSJNZOIQHZNWXHXORDPRTGNJAHAHFRGZNEEJCPQTT2M7NLCNF4";
const USER_SEED = "SUACSSL3UAHUDXKFSNVUZRF5UHPMWZ6BFDTJ7M6USDXIEDNPPQYYYCU3VY";

describe("isPublicAccountKey", () => {
  test("accepts account keys", () => {
    expect(isPublicAccountKey(ACCOUNT_KEY)).toBe(true);
    expect(isPublicAccountKey("A".repeat(56))).toBe(true);
  });

  test.each([
    ["bad checksum", ACCOUNT_KEY.slice(0, -1) + "B"],
    ["user key", USER_KEY],
    ["seed", USER_SEED],
    ["account name", "APP"],
    ["lower case", ACCOUNT_KEY.toLowerCase()],
    ["empty", ""],
  ])("rejects %s", (_name, key) => {
    expect(isPublicAccountKey(key)).toBe(false);
  });
});

describe("isUserSeed", () => {
  test("accepts a user seed", () => {
    expect(isUserSeed(USER_SEED)).toBe(true);
  });

  test.each([
    ["public user key", USER_KEY],
    ["bad checksum", USER_SEED.slice(0, -1) + "A"],
    ["truncated", USER_SEED.slice(0, -2)],
    ["altered prefix", "SA" + USER_SEED.slice(2)],
    ["empty", ""],
  ])("rejects %s", (_name, key) => {
    expect(isUserSeed(key)).toBe(false);
  });
});
