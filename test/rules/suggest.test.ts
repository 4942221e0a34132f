import { describe, expect, test } from "vitest";

import { getBlock, keyNames } from "../../src/schema/index.js";
import { editDistance, suggest } from "../../src/rules/suggest.js";

describe("editDistance", () => {
  test.each([
    ["", "", 0],
    ["abc", "abc", 0],
    ["abc", "abd", 1],
    ["verify", "verfiy", 1],
    ["cert_fil", "cert_file", 1],
    ["kitten", "sitting", 3],
  ])("%s to %s is %d", (a, b, expected) => {
    expect(editDistance(a, b)).toBe(expected);
  });

  test("stops past the limit", () => {
    expect(editDistance("kitten", "sitting", 1)).toBe(2);
    expect(editDistance("a", "abcdef", 2)).toBe(3);
  });
});

describe("suggest in the tls block", () => {
  const names = keyNames(getBlock("tls"));

  test.each([
    ["cert_fil", "cert_file"],
    ["verfy", "verify"],
    ["CERT", "cert_file"],
    ["verify_map", "verify_and_map"],
    ["tls_timeout", "timeout"],
    ["ciphers", "cipher_suites"],
    ["curves", "curve_preferences"],
  ])("%s suggests %s", (written, expected) => {
    expect(suggest(written, names)).toBe(expected);
  });

  test("unrelated key suggests nothing", () => {
    expect(suggest("listen", names)).toBeUndefined();
  });

  test("very long key suggests nothing", () => {
    expect(suggest("k".repeat(10_000), names)).toBeUndefined();
  });
});
