import { expect, test } from "vitest";

import { loadConfigText } from "../../src/resolve/load.js";
import { runRules } from "../../src/rules/run.js";
import type { Rule } from "../../src/rules/types.js";
import { parseServerVersion } from "../../src/target/version.js";

const REPORTS_PORT: Rule = {
  meta: {
    id: "reports-port",
    severity: "warning",
    description: "test rule",
    server: "accepts",
    messages: { port: "port is {value}" },
  },
  check(context) {
    const entry = context.config.root.entries.get("port");
    if (entry?.value.type === "int64") {
      context.report({
        messageId: "port",
        data: { value: entry.value.value },
        span: entry.keyOrigin,
        help: "none",
      });
    }
  },
};

const THROWS: Rule = {
  meta: { id: "throws", severity: "error", description: "test rule", server: "accepts" },
  check() {
    throw new Error("boom");
  },
};

const config = () => loadConfigText("test.conf", "port: 4222\n", { env: {} });

test("message templates are filled from data", () => {
  const [diagnostic] = runRules(config(), { rules: [REPORTS_PORT] });
  expect(diagnostic?.message).toBe("port is 4222");
  expect(diagnostic?.server).toBe("accepts");
});

test("severity overrides and off", () => {
  const severities = new Map([["reports-port", "error" as const]]);
  expect(runRules(config(), { rules: [REPORTS_PORT], severities })[0]?.severity).toBe("error");
  const off = new Map([["reports-port", "off" as const]]);
  expect(runRules(config(), { rules: [REPORTS_PORT], severities: off })).toEqual([]);
});

test("a rule that throws becomes an internal error", () => {
  const diagnostics = runRules(config(), { rules: [THROWS, REPORTS_PORT] });
  expect(diagnostics.map((d) => d.code)).toEqual(["internal-error", "reports-port"]);
  expect(diagnostics[0]?.message).toContain("rule throws failed on this config (boom)");
});

test("rules see the target version", () => {
  let seen = "";
  const rule: Rule = {
    meta: { id: "sees-target", severity: "info", description: "test rule", server: "accepts" },
    check(context) {
      seen = `${context.target.major}.${context.target.minor}.${context.target.patch}`;
    },
  };
  runRules(config(), { rules: [rule], target: parseServerVersion("2.9.10")! });
  expect(seen).toBe("2.9.10");
});
