import { describe, expect, test } from "vitest";

import { hasChange } from "../../src/model/auth-config.js";
import { parseServerVersion, type ServerVersion } from "../../src/target/version.js";

function version(text: string): ServerVersion {
  const parsed = parseServerVersion(text);
  if (parsed === undefined) throw new Error(text);
  return parsed;
}

describe("hasChange", () => {
  const fix = ["2.12.14", "2.14.4"];

  test.each(["2.12.14", "2.12.15", "2.14.4", "2.14", "2.15.0", "3.0.0"])("%s has it", (target) => {
    expect(hasChange(version(target), fix)).toBe(true);
  });

  test.each(["2.9.10", "2.11.17", "2.12.13", "2.13.0", "2.14.0", "2.14.3"])(
    "%s lacks it",
    (target) => {
      expect(hasChange(version(target), fix)).toBe(false);
    },
  );

  test("a release line alone", () => {
    expect(hasChange(version("2.12"), ["2.12.0"])).toBe(true);
    expect(hasChange(version("2.11.9"), ["2.12.0"])).toBe(false);
  });
});
