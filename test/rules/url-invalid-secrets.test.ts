// url-invalid shows the URLs it rejects; their passwords must never reach the
// lint output, neither in the message nor in the code frame.

import { join } from "node:path";

import { expect, test } from "vitest";

import { loadConfigText } from "../../src/resolve/load.js";
import { runRules } from "../../src/rules/run.js";
import { rule } from "../../src/rules/url-invalid.js";
import { runCli, temporaryFiles } from "../support/cli.js";

/** Routes that Go rejects because of their passwords, with the password of each. */
const ROUTES: readonly (readonly [string, string])[] = [
  ["nats://u:Leak^Pw1@h:1", "Leak^Pw1"],
  ["nats://u:LeakPw2%zz@h:1", "LeakPw2"],
  ["nats://u:LeakPw3/x@h:1", "LeakPw3"],
  ["nats://u:LeakPw4?x@h:1", "LeakPw4"],
  ["nats://u:Leak Pw5@h:1", "Leak Pw5"],
  ["nats://LeakToken6 x@h:1", "LeakToken6"],
];

function routeConfig(url: string): string {
  return `cluster {\n  port: 6222\n  routes: ["${url}"]\n}\n`;
}

test.each(ROUTES)("finding for %j hides the password", (url, password) => {
  const loaded = loadConfigText("test.conf", routeConfig(url), { env: {} });
  const findings = runRules(loaded, { rules: [rule] });
  expect(findings).toHaveLength(1);
  const finding = findings[0]!;
  expect(finding.message).toContain("***@h:1");
  for (const text of [finding.message, finding.help ?? ""]) {
    expect(text).not.toContain(password);
    expect(text).not.toContain(password.slice(0, 6));
  }
});

test.each(ROUTES.filter(([url]) => !url.includes(" ")))(
  "lint output for %j hides the password",
  (url, password) => {
    const directory = temporaryFiles({ "route.conf": routeConfig(url) });
    const result = runCli(["lint", join(directory, "route.conf")]);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain("[url-invalid]");
    expect(result.stdout + result.stderr).not.toContain(password);
  },
);

test.each(ROUTES)("code frame for %j hides the password", (url, password) => {
  const directory = temporaryFiles({ "route.conf": routeConfig(url) });
  const result = runCli(["lint", join(directory, "route.conf")]);
  expect(result.stdout + result.stderr).not.toContain(password);
});
