// Configs that nats-server accepts although a value looks wrong. Lint must not
// predict that the server rejects them, and each finding must carry the
// reaction of the target release. The 2.9.10 rows were checked with
// `nats-server -t` 2.9.10, and the others against the Go source of their release.

import { describe, expect, test } from "vitest";

import { checkLoaded } from "../../src/check.js";
import type { ServerReaction } from "../../src/diagnostics/diagnostic.js";
import { loadConfigText } from "../../src/resolve/load.js";
import { parseServerVersion } from "../../src/target/version.js";

interface ReactionCase {
  name: string;
  config: string;
  target: string;
  /** Every finding of the config, as rule id and server reaction, in report order. */
  findings: { code: string; server: ServerReaction | undefined }[];
}

const CASES: ReactionCase[] = [
  {
    name: "accounts as a string",
    config: 'accounts: "x"\n',
    target: "2.9.10",
    findings: [{ code: "value-type", server: "accepts" }],
  },
  {
    name: "Accounts as an integer",
    config: "Accounts: 1\n",
    target: "2.9.10",
    findings: [{ code: "value-type", server: "accepts" }],
  },
  {
    name: "accounts as a boolean",
    config: "accounts: true\n",
    target: "2.14.5",
    findings: [{ code: "value-type", server: "accepts" }],
  },
  {
    name: "accounts as a decimal number",
    config: "accounts: 1.5\n",
    target: "2.9.10",
    findings: [{ code: "value-type", server: "accepts" }],
  },
];

function findingsOf(config: string, target: string) {
  const version = parseServerVersion(target);
  if (version === undefined) throw new Error(`invalid target ${target} in a case`);
  const loaded = loadConfigText("test.conf", config, { env: {} });
  expect(loaded.diagnostics.map((d) => d.message)).toEqual([]);
  return checkLoaded(loaded, { target: version }).diagnostics;
}

describe.each(CASES)("$name ($target)", ({ config, target, findings }) => {
  test("findings carry the server reaction", () => {
    const found = findingsOf(config, target).map((d) => ({ code: d.code, server: d.server }));
    expect(found).toEqual(findings);
  });
});
