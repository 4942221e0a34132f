// Go's url.URL.String() form of URI SANs, which nats-server compares with
// user names under verify_and_map (measured against nats-server 2.9.10).

import { describe, expect, test } from "vitest";

import { goUrlString } from "../../src/model/urls.js";

describe("goUrlString", () => {
  test.each([
    ["spiffe://example.org/ns/web", "spiffe://example.org/ns/web"],
    ["SPIFFE://Example.org/ns/Web", "spiffe://Example.org/ns/Web"],
    ["https://h.example/a b", "https://h.example/a%20b"],
    ["https://h.example/a%20b", "https://h.example/a%20b"],
    ["HTTPS://H.example/./x/../y", "https://H.example/./x/../y"],
    ["https://h.example/a\"b?q=1 2#f", "https://h.example/a%22b?q=1 2#f"],
    ["urn:Example:Thing", "urn:Example:Thing"],
    ["URN:x", "urn:x"],
    ["https://h.example", "https://h.example"],
  ])("%s is written %s", (uri, expected) => {
    expect(goUrlString(uri)).toBe(expected);
  });

  test("bad escape in the path", () => {
    expect(goUrlString("https://h.example/a%zz")).toBeUndefined();
  });
});
