import { describe, expect, test } from "vitest";

import {
  classifyHostLike,
  classifyIdentity,
  parseDistinguishedName,
  parseDnUserName,
} from "../../src/model/identity.js";

const rdn = (...pairs: [string, string][]) => pairs.map(([type, value]) => ({ type, value }));

describe("parseDnUserName", () => {
  test("splits RDNs and multi-valued RDNs", () => {
    expect(parseDnUserName("CN=alice,OU=Eng+O=Example")).toEqual([
      rdn(["CN", "alice"]),
      rdn(["OU", "Eng"], ["O", "Example"]),
    ]);
  });

  test("drops unescaped spaces around types and values", () => {
    expect(parseDnUserName(" CN = a b , O=x ")).toEqual([rdn(["CN", "a b"]), rdn(["O", "x"])]);
  });

  test("keeps escaped spaces and special characters", () => {
    expect(parseDnUserName("CN=Doe\\, John\\ ,O=a\\+b")).toEqual([
      rdn(["CN", "Doe, John "]),
      rdn(["O", "a+b"]),
    ]);
  });

  test("decodes hex escapes as UTF-8 bytes", () => {
    expect(parseDnUserName("CN=Jos\\C3\\A9")).toEqual([rdn(["CN", "José"])]);
  });

  test("keeps non-ASCII text", () => {
    expect(parseDnUserName("CN=José,O=Ünïcode")).toEqual([
      rdn(["CN", "José"]),
      rdn(["O", "Ünïcode"]),
    ]);
  });

  test("a second equals sign starts a new type", () => {
    expect(parseDnUserName("CN=a=b")).toEqual([rdn(["a", "b"])]);
  });

  test("drops a last attribute with an empty value and its RDN", () => {
    expect(parseDnUserName("O=b,CN=")).toEqual([rdn(["O", "b"])]);
    expect(parseDnUserName("O=b,CN=a+OU=")).toEqual([rdn(["O", "b"])]);
  });

  test("keeps an empty value before a comma", () => {
    expect(parseDnUserName("CN=,O=b")).toEqual([rdn(["CN", ""]), rdn(["O", "b"])]);
  });

  test("reads the empty name as no RDNs", () => {
    expect(parseDnUserName("")).toEqual([]);
  });

  test.each([
    ["alice", "no type"],
    ["CN=#0403", "BER value"],
    ["CN=a,,O=b", "empty RDN"],
    ["CN=a\\", "trailing backslash"],
    ["CN=a\\zz", "bad hex escape"],
    ["CN=a\\4", "short hex escape"],
    [",CN=a", "leading comma"],
  ])("rejects %j (%s)", (name) => {
    expect(parseDnUserName(name)).toBeNull();
  });

  test("accepts a space before a # value", () => {
    expect(parseDnUserName("CN= #1")).toEqual([rdn(["CN", "#1"])]);
  });
});

describe("parseDistinguishedName", () => {
  test("accepts long attribute names and OIDs", () => {
    expect(parseDistinguishedName("commonName=a,2.5.4.10=b")).not.toBeNull();
  });

  test("rejects unknown attribute types", () => {
    expect(parseDistinguishedName("mode=fast")).toBeNull();
  });

  test("rejects names without RDNs", () => {
    expect(parseDistinguishedName("")).toBeNull();
  });
});

describe("classifyIdentity", () => {
  test.each([
    ["CN=alice,O=Example", "dn"],
    ["uid=alice", "dn"],
    ["alice@example.com", "email"],
    ["spiffe://example.org/app", "uri"],
    ["alice", null],
    ["example.com", null],
    ["mode=fast", null],
  ])("classifies %j", (name, kind) => {
    expect(classifyIdentity(name)).toBe(kind);
  });
});

describe("classifyHostLike", () => {
  test.each([
    ["example.com", "hostname"],
    ["*.example.com", "hostname"],
    ["nats-1.internal.example.com.", "hostname"],
    ["127.0.0.1", "ip"],
    ["localhost", null],
    ["alice", null],
    ["1.2", null],
    ["alice@example.com", null],
    ["CN=a.b", null],
  ])("classifies %j", (name, kind) => {
    expect(classifyHostLike(name)).toBe(kind);
  });
});
