import { describe, expect, test } from "vitest";

import { checkOrigin } from "../../src/model/servers-origins.js";

// Behaviour of nats-server 2.9.10 checked for: example.com (logged and skipped),
// http://a b, http://host:port, 1host:80 and :80 (start-up error), localhost:8080,
// *, /app, ftp://x and http:// (accepted).
describe("checkOrigin", () => {
  test.each([
    ["https://example.com", false, false, true],
    ["HTTP://Example.com:8080/x?y", false, false, true],
    ["http://user:pw@host:80", false, false, true],
    ["https://[::1]:443", false, false, true],
    ["example.com", false, true, false],
    ["http://a b", true, true, false],
    ["http://host:port", true, true, false],
    ["1host:80", true, true, false],
    [":80", true, true, false],
    ["localhost:8080", false, false, false],
    ["*", false, false, false],
    ["/app", false, false, false],
    ["ftp://x", false, false, false],
    ["http://", false, false, false],
    ["http://a:b:80", false, false, false],
  ])("%s", (text, unparseable, notRequestUri, usable) => {
    expect(checkOrigin(text)).toEqual({ unparseable, notRequestUri, usable });
  });
});
