// A block that spells `users` twice (users and Users) has both arrays parsed by
// nats-server 2.9.10, but only the one it reads last in Go's map order takes
// effect. These tests check that auth-duplicate-user gives each duplicate the
// reaction that the real server shows over many runs.

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { afterAll, describe, expect, test } from "vitest";

import { loadConfigText } from "../../src/resolve/load.js";
import { rule } from "../../src/rules/auth-duplicate-user.js";
import { runRules } from "../../src/rules/run.js";
import { parseServerVersion } from "../../src/target/version.js";
import { countVerdicts } from "../support/nats-server.js";

/** The same user in both arrays: only one of them takes effect, so no duplicate. */
const BOTH_SPELLINGS = `authorization {
  users: [ { user: a, password: a } ]
  Users: [ { user: a, password: a } ]
}
`;

const BOTH_SPELLINGS_IN_ACCOUNT = `accounts {
  A {
    users: [ { user: a, password: a } ]
    Users: [ { user: a, password: a } ]
  }
}
`;

/** A duplicate of account A's user when "users" takes effect. */
const ONE_SPELLING_REPEATS_ACCOUNT = `authorization {
  users: [ { user: a, password: a } ]
  Users: [ { user: b, password: b } ]
}
accounts { A { users: [ { user: a, password: a } ] } }
`;

/** A duplicate inside "users", which takes effect on some starts only. */
const TWICE_IN_ONE_SPELLING = `authorization {
  users: [ { user: a, password: a }, { user: a, password: a } ]
  Users: [ { user: b, password: b } ]
}
`;

/** Two accounts with two spellings each: b is in A's "Users" and B's "users". */
const TWO_ACCOUNTS = `accounts {
  A {
    users: [ { user: a, password: a } ]
    Users: [ { user: b, password: b } ]
  }
  B {
    users: [ { user: b, password: b } ]
    USERS: [ { user: c, password: c } ]
  }
}
`;

/** Whichever array takes effect, it repeats account A's user. */
const EVERY_SPELLING_REPEATS_ACCOUNT = `authorization {
  users: [ { user: a, password: a } ]
  Users: [ { user: a, password: a } ]
}
accounts { A { users: [ { user: a, password: a } ] } }
`;

/** Two top-level authorization blocks both take effect. */
const TWO_AUTHORIZATION_BLOCKS = `authorization { users: [ { user: a, password: a } ] }
Authorization { users: [ { user: a, password: a } ] }
`;

function lint(text: string) {
  const config = loadConfigText("users.conf", text, { env: {} });
  return runRules(config, { rules: [rule], target: parseServerVersion("2.9.10")! });
}

const directory = mkdtempSync(join(tmpdir(), "natsconf-user-spellings-"));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

const NEVER: [string, string][] = [
  ["both spellings", BOTH_SPELLINGS],
  ["both spellings in an account", BOTH_SPELLINGS_IN_ACCOUNT],
];

const SOMETIMES: [string, string][] = [
  ["one spelling repeats an account user", ONE_SPELLING_REPEATS_ACCOUNT],
  ["twice in one spelling", TWICE_IN_ONE_SPELLING],
  ["two accounts with two spellings", TWO_ACCOUNTS],
];

const ALWAYS: [string, string][] = [
  ["every spelling repeats an account user", EVERY_SPELLING_REPEATS_ACCOUNT],
  ["two authorization blocks", TWO_AUTHORIZATION_BLOCKS],
];

describe("duplicates that never take effect together", () => {
  test.each(NEVER)("%s: no finding", (_name, text) => {
    expect(lint(text)).toEqual([]);
  });

  test.each(NEVER)("%s: 2.9.10 accepts on every run", async (_name, text) => {
    expect((await countVerdicts(text, directory)).rejected).toBe(0);
  });
});

describe("duplicates that depend on map order", () => {
  test.each(SOMETIMES)("%s: rejects-sometimes", (_name, text) => {
    const findings = lint(text);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.server).toBe("rejects-sometimes");
    expect(findings[0]!.message).toContain("Go's random map order");
  });

  test.each(SOMETIMES)("%s: 2.9.10 rejects on some runs", async (_name, text) => {
    const verdicts = await countVerdicts(text, directory);
    expect(verdicts.rejected).toBeGreaterThan(0);
    expect(verdicts.accepted).toBeGreaterThan(0);
  });
});

describe("duplicates in every map order", () => {
  test.each(ALWAYS)("%s: rejects", (_name, text) => {
    const findings = lint(text);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.server).toBe("rejects");
  });

  test.each(ALWAYS)("%s: 2.9.10 rejects on every run", async (_name, text) => {
    expect((await countVerdicts(text, directory)).accepted).toBe(0);
  });
});
