// Which server versions a user may target.

import { describe, expect, test } from "vitest";

import { checkTargetVersion, parseServerVersion } from "../../src/target/version.js";

function check(text: string): string | undefined {
  const version = parseServerVersion(text);
  expect(version, text).toBeDefined();
  return checkTargetVersion(version!);
}

describe("checkTargetVersion", () => {
  test.each(["2.2", "2.2.0", "2.2.1", "2.9.10", "2.10", "2.14", "2.14.5", "2.14.6"])(
    "%s accepted",
    (text) => {
      expect(check(text)).toBeUndefined();
    },
  );

  test.each(["2.1", "2.1.9", "2.0.0"])("%s too old", (text) => {
    expect(check(text)).toBe("the oldest release line natsconf can target is 2.2");
  });

  test.each(["2.15", "2.99", "2.99.0"])("%s newer than known", (text) => {
    expect(check(text)).toBe("the newest release line natsconf knows is 2.14");
  });

  test("major 3 rejected", () => {
    expect(check("3.0")).toBe("natsconf knows nats-server 2.x only");
  });
});
