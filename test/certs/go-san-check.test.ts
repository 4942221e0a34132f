// The SAN checks that make Go's crypto/x509 reject a certificate, as whois
// reports them. test/certs/whois-server.test.ts shows the real server failing
// the TLS handshake for such certificates.

import { describe, expect, test } from "vitest";

import { goIpSanError, goSanError, type SanType } from "../../src/certs/go-san-check.js";

const ACCEPTED: [SanType, string][] = [
  ["email", "ops@example.org"],
  ["dns", "svc.example.org"],
  ["uri", "spiffe://example.org/ns/web"],
  ["uri", "https://example.org:8443/path"],
  ["uri", "https://[::1]:8443/"],
  ["uri", "urn:example:a:b"],
  ["uri", "https://user@example.org/"],
];

const REJECTED: [SanType, string, string][] = [
  ["email", "jos\u00e9@example.org", "SAN rfc822Name is malformed"],
  ["dns", "b\u00fccher.example", "SAN dNSName is malformed"],
  ["uri", "https://example.org/caf\u00e9", "SAN uniformResourceIdentifier is malformed"],
  ["uri", "https://example.org/%zz", "cannot parse URI"],
  ["uri", "https://example.org./x", "invalid domain"],
  ["uri", "https://a..example.org/", "invalid domain"],
  ["uri", "https://.example.org/", "invalid domain"],
];

describe("goSanError", () => {
  test.each(ACCEPTED)("accepts %s SAN %j", (type, value) => {
    expect(goSanError(type, value)).toBeUndefined();
  });

  test.each(REJECTED)("rejects %s SAN %j", (type, value, goMessage) => {
    const error = goSanError(type, value);
    expect(error).toContain(goMessage);
    expect(error).toContain(JSON.stringify(value));
  });
});

describe("goIpSanError", () => {
  test.each([4, 16])("accepts %i bytes", (length) => {
    expect(goIpSanError(length)).toBeUndefined();
  });

  test.each([0, 5, 8])("rejects %i bytes", (length) => {
    expect(goIpSanError(length)).toContain(`cannot parse IP address of length ${length}`);
  });
});
