// Error recovery: one mistake gives one diagnostic, and recovery never leaves
// the parser with tokens it cannot place.

import { describe, expect, test } from "vitest";

import { loadConfigText } from "../../src/resolve/load.js";

function diagnostics(text: string) {
  return loadConfigText("/virtual/test.conf", text, { env: {} }).diagnostics;
}

function codes(text: string): string[] {
  return diagnostics(text).map((diagnostic) => diagnostic.code);
}

describe("recovery", () => {
  test("value on the next line reported once", () => {
    expect(codes("server_name: \nport: 4222\n")).toEqual(["syntax/missing-value"]);
  });

  test("too deep maps close without parser errors", () => {
    const text = `a ${"{a=".repeat(130)}1${"}".repeat(130)}\n`;
    expect(codes(text)).toEqual(["syntax/too-deep"]);
  });

  test("too deep arrays close without parser errors", () => {
    const text = `a = ${"[".repeat(130)}1${"]".repeat(130)}\n`;
    expect(codes(text)).toEqual(["syntax/too-deep"]);
  });

  test("missing comma between array maps names the array", () => {
    const [diagnostic, ...others] = diagnostics('users = [ {user: a, password: "x"} {user: b} ]\n');
    expect(others).toEqual([]);
    expect(diagnostic?.code).toBe("syntax/missing-separator");
    expect(diagnostic?.message).toContain('"users"');
    expect(diagnostic?.message).not.toContain('"password"');
  });
});
