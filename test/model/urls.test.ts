import { expect, test } from "vitest";

import { urlProblem } from "../../src/model/urls.js";

test.each([
  "nats://127.0.0.1:6222",
  "nats-route://user:pass@host.example.com:6222",
  "tls://[::1]:7422",
  "ws://host",
  "localhost",
])("accepts %s", (url) => {
  expect(urlProblem(url)).toBeUndefined();
});

test.each([
  ["127.0.0.1:6222", /no scheme/],
  ["nats://h:62x", /port "62x" is not a number/],
  ["nats://bad host:7422", /host name contains " "/],
  ["nats://[::1:7422", /lacks the closing/],
  [":6222", /missing a scheme/],
])("rejects %s", (url, reason) => {
  expect(urlProblem(url)).toMatch(reason);
});
