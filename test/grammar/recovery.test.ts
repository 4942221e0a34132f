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

describe("resolution limits", () => {
  test("key set 50,000 times stays linear", () => {
    const text = "debug = true\n".repeat(50_000);
    const started = performance.now();
    const loaded = loadConfigText("/virtual/test.conf", text, { env: {} });
    expect(loaded.root.entries.get("debug")?.shadowed.length).toBe(49_999);
    // Generous bound: the quadratic version took minutes at this size.
    expect(performance.now() - started).toBeLessThan(20_000);
  });

  test("environment cycle message shows the chain", () => {
    const loaded = loadConfigText("/virtual/test.conf", "a = $A\n", { env: { A: "$B", B: "$A" } });
    const [diagnostic, ...others] = loaded.diagnostics;
    expect(others).toEqual([]);
    expect(diagnostic?.code).toBe("variable/cycle");
    expect(diagnostic?.message).toContain("$A -> $B -> $A");
  });

  test("long environment chain stops with a diagnostic", () => {
    const env: Record<string, string> = {};
    for (let i = 0; i < 2000; i++) env[`V${i}`] = `$V${i + 1}`;
    env["V2000"] = "end";
    const loaded = loadConfigText("/virtual/test.conf", "a = $V0\n", { env });
    expect(loaded.diagnostics.map((d) => d.code)).toEqual(["variable/too-deep"]);
  });

  test("lone dollar names no variable", () => {
    const [diagnostic] = diagnostics("a = $\n");
    expect(diagnostic?.code).toBe("variable/not-found");
    expect(diagnostic?.help).toContain("Quote");
  });
});
