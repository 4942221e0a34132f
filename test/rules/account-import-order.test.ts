// nats-server adds account imports in Go's random map order, and its cycle
// check depends on that order, so some configs fail `nats-server -t` on some
// runs only. account-imports simulates many starts and reports those cycles
// with the server reaction "rejects-sometimes". These tests compare that with
// many runs of the real nats-server 2.9.10.

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { afterAll, describe, expect, test } from "vitest";

import { loadConfigText } from "../../src/resolve/load.js";
import { rule } from "../../src/rules/account-imports.js";
import { runRules } from "../../src/rules/run.js";
import { parseServerVersion } from "../../src/target/version.js";
import { countVerdicts } from "../support/nats-server.js";

/** The server finds this cycle only when it adds B's import before A's. */
const SERVICE_B_FIRST = `accounts {
  A {
    exports: [ { service: "*" } ]
    imports: [ { service: { account: B, subject: foo }, to: foo } ]
  }
  B {
    exports: [ { service: foo } ]
    imports: [ { service: { account: A, subject: "*" }, to: "$1" } ]
  }
}
`;

/** The same accounts in the other order: B comes first on most starts. */
const SERVICE_A_LAST = `accounts {
  B {
    exports: [ { service: foo } ]
    imports: [ { service: { account: A, subject: "*" }, to: "$1" } ]
  }
  A {
    exports: [ { service: "*" } ]
    imports: [ { service: { account: B, subject: foo }, to: foo } ]
  }
}
`;

/** Stream imports in the shape of SERVICE_B_FIRST. */
const STREAM_B_FIRST = `accounts {
  A {
    exports: [ { stream: "*" } ]
    imports: [ { stream: { account: B, subject: foo }, to: foo } ]
  }
  B {
    exports: [ { stream: foo } ]
    imports: [ { stream: { account: A, subject: "*" }, to: "$1" } ]
  }
}
`;

/**
 * With A read first, the cycle shows only when the walk meets A's import of "other"
 * before that of "narrow": up to 2.12.5 the walk keeps "narrow" as the subject it
 * follows once it has narrowed to it.
 */
const SERVICE_MAP_ORDER = `accounts {
  A {
    exports: [ { service: "*" } ]
    imports: [
      { service: { account: C, subject: narrow } }
      { service: { account: D, subject: other } }
    ]
  }
  C { exports: [ { service: narrow } ] }
  D {
    exports: [ { service: other } ]
    imports: [ { service: { account: E, subject: other } } ]
  }
  E {
    exports: [ { service: "*" } ]
    imports: [ { service: { account: A, subject: "*" } } ]
  }
}
`;

/** A cycle in every order: each account imports what the other exports. */
const SERVICE_ALWAYS = `accounts {
  A {
    exports: [ { service: a } ]
    imports: [ { service: { account: B, subject: b }, to: a } ]
  }
  B {
    exports: [ { service: b } ]
    imports: [ { service: { account: A, subject: a }, to: b } ]
  }
}
`;

function lint(text: string, target = "2.9.10") {
  const config = loadConfigText("order.conf", text, { env: {} });
  return runRules(config, { rules: [rule], target: parseServerVersion(target)! });
}

const directory = mkdtempSync(join(tmpdir(), "natsconf-import-order-"));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

const SOMETIMES: [string, string][] = [
  ["service cycle with B read first", SERVICE_B_FIRST],
  ["service cycle with A read last", SERVICE_A_LAST],
  ["stream cycle with B read first", STREAM_B_FIRST],
  ["service cycle in map order", SERVICE_MAP_ORDER],
];

describe("import cycles that depend on order", () => {
  test.each(SOMETIMES)("%s: lint says some starts", (_name, text) => {
    const findings = lint(text);
    expect(findings.length).toBeGreaterThan(0);
    for (const finding of findings) {
      expect(finding.server).toBe("rejects-sometimes");
      expect(finding.message).toMatch(/on some starts only: in \d+ of 64 simulated starts/);
    }
  });

  test.each(SOMETIMES)("%s: 2.9.10 rejects on some runs", async (_name, text) => {
    const verdicts = await countVerdicts(text, directory);
    expect(verdicts.rejected).toBeGreaterThan(0);
    expect(verdicts.accepted).toBeGreaterThan(0);
  });

  test("map order no longer matters from 2.12.6", () => {
    const findings = lint(SERVICE_MAP_ORDER, "2.14");
    expect(findings).toHaveLength(1);
    expect(findings[0]!.server).toBe("rejects");
  });
});

describe("import cycle in every order", () => {
  test("lint says rejects", () => {
    const findings = lint(SERVICE_ALWAYS);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.server).toBe("rejects");
    expect(findings[0]!.message).toContain("closes a cycle of imports between accounts;");
  });

  test("2.9.10 rejects on every run", async () => {
    const verdicts = await countVerdicts(SERVICE_ALWAYS, directory);
    expect(verdicts.accepted).toBe(0);
  });
});
