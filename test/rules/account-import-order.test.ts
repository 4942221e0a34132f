// nats-server 2.9.10 adds account imports in Go's map order, so some import
// cycles fail `nats-server -t` on some runs only. account-imports reports those
// with server "rejects-sometimes"; these tests check that finding, and that the
// real server does both on such a file.

import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { afterAll, describe, expect, test } from "vitest";

import { loadConfigText } from "../../src/resolve/load.js";
import { rule } from "../../src/rules/account-imports.js";
import { runRules } from "../../src/rules/run.js";
import { checkConfigAsync } from "../support/nats-server.js";

/** A cycle that the server's check finds only when it adds B's import before A's. */
const CYCLE_IF_B_FIRST = `accounts {
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

/** The same accounts in the other order: the server finds the cycle on most runs. */
const CYCLE_IF_A_LAST = CYCLE_IF_B_FIRST.replace(
  /^accounts \{\n(  A \{[\s\S]*?\n  \}\n)(  B \{[\s\S]*?\n  \}\n)\}\n$/,
  "accounts {\n$2$1}\n",
);

function lint(text: string) {
  return runRules(loadConfigText("order.conf", text, { env: {} }), { rules: [rule] });
}

/**
 * Runs nats-server -t on `text` `runs` times. With two accounts, Go reads them in the
 * other order on one start in eight, so 80 runs all alike would happen by chance with a
 * probability of about (7/8)^80, or 2 in 100,000.
 */
async function serverVerdicts(
  text: string,
  runs = 80,
): Promise<{ accepted: number; rejected: number }> {
  const file = join(directory, "order.conf");
  writeFileSync(file, text);
  let accepted = 0;
  for (let run = 0; run < runs; run++) {
    if ((await checkConfigAsync(file, directory)).ok) accepted++;
  }
  return { accepted, rejected: runs - accepted };
}

const directory = mkdtempSync(join(tmpdir(), "natsconf-import-order-"));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

describe("import cycle that depends on account order", () => {
  test("lint reports it as rejected on some starts", () => {
    const findings = lint(CYCLE_IF_B_FIRST);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.server).toBe("rejects-sometimes");
    expect(findings[0]!.message).toContain("when nats-server reads account B first");
    expect(findings[0]!.range.start.line).toBe(4);
  });

  test("lint reports the other order as rejected", () => {
    expect(CYCLE_IF_A_LAST).not.toBe(CYCLE_IF_B_FIRST);
    const findings = lint(CYCLE_IF_A_LAST);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.server).toBe("rejects");
    expect(findings[0]!.message).toContain("closes a cycle of imports between accounts;");
  });

  test("nats-server 2.9.10 rejects it on some runs only", async () => {
    const verdicts = await serverVerdicts(CYCLE_IF_B_FIRST);
    expect(verdicts.rejected).toBeGreaterThan(0);
    expect(verdicts.accepted).toBeGreaterThan(verdicts.rejected);
  });

  test("nats-server 2.9.10 rejects the other order on most runs", async () => {
    const verdicts = await serverVerdicts(CYCLE_IF_A_LAST);
    expect(verdicts.rejected).toBeGreaterThan(verdicts.accepted);
  });
});
