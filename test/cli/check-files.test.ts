// natsconf lint --check-files, --cwd and --expiry-days, and "checkFiles" in .natsconf.json.

import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

import { beforeAll, describe, expect, test } from "vitest";

import { fileCheckCertificates, type FileCheckCertificates } from "../support/certs.js";
import { runCli, temporaryFiles } from "../support/cli.js";

let certs: FileCheckCertificates;
let configFolder: string;
const MISMATCH = 'tls {\n  cert_file: "good.pem"\n  key_file: "other-key.pem"\n}\n';

beforeAll(async () => {
  certs = await fileCheckCertificates();
  configFolder = temporaryFiles({ "server.conf": MISMATCH });
});

const config = () => join(configFolder, "server.conf");

describe("lint --check-files", () => {
  test("off by default", () => {
    const result = runCli(["lint", config()], { cwd: certs.directory });
    expect(result.stdout).not.toContain("tls-file-");
    expect(result.status).toBe(0);
  });

  test("reports a mismatched key", () => {
    const result = runCli(["lint", "--check-files", config()], { cwd: certs.directory });
    expect(result.stdout).toContain("[tls-file-key-mismatch]");
    expect(result.status).toBe(1);
  });

  test("never prints key material", () => {
    const result = runCli(["lint", "--check-files", config()], { cwd: certs.directory });
    const keyLines = readFileSync(certs.otherKey, "utf8")
      .split("\n")
      .filter((line) => line.length > 20 && !line.startsWith("-----"));
    expect(keyLines.length).toBeGreaterThan(0);
    for (const line of keyLines) expect(result.stdout + result.stderr).not.toContain(line);
  });

  test("--cwd sets the folder relative paths resolve against", () => {
    const result = runCli(["lint", "--cwd", certs.directory, config()], { cwd: configFolder });
    expect(result.stdout).toContain("[tls-file-key-mismatch]");
    expect(result.stdout).not.toContain("[tls-file-missing]");
  });

  test("relative paths resolve against the current folder, not the config's", () => {
    const result = runCli(["lint", "--check-files", config()], { cwd: configFolder });
    expect(result.stdout).toContain("[tls-file-missing]");
    expect(result.stdout).toContain(join(configFolder, "good.pem"));
  });

  test("--cwd must be a directory", () => {
    const result = runCli(["lint", "--cwd", join(configFolder, "nope"), config()]);
    expect(result.stderr).toContain("is not a directory");
    expect(result.status).toBe(2);
  });

  test("--expiry-days sets the warning window", () => {
    const folder = temporaryFiles({
      "soon.conf": 'tls {\n  cert_file: "expires-soon.pem"\n  key_file: "leaf-key.pem"\n}\n',
    });
    const file = join(folder, "soon.conf");
    const wide = runCli(["lint", "--check-files", file], { cwd: certs.directory });
    expect(wide.stdout).toContain("[tls-file-cert-expiring]");
    const narrow = runCli(["lint", "--expiry-days", "2", file], { cwd: certs.directory });
    expect(narrow.stdout).not.toContain("[tls-file-cert-expiring]");
    expect(narrow.status).toBe(0);
  });

  test("--expiry-days takes a whole number", () => {
    const result = runCli(["lint", "--expiry-days", "soon", config()]);
    expect(result.stderr).toContain("--expiry-days takes a whole number");
    expect(result.status).toBe(2);
  });
});

describe("checkFiles in .natsconf.json", () => {
  test("turns file checks on, and --no-check-files off", () => {
    const folder = temporaryFiles({
      "server.conf": MISMATCH,
      ".natsconf.json": '{ "checkFiles": true, "expiryDays": 10 }\n',
    });
    const file = join(folder, "server.conf");
    const on = runCli(["lint", file], { cwd: certs.directory });
    expect(on.stdout).toContain("[tls-file-key-mismatch]");
    const off = runCli(["lint", "--no-check-files", file], { cwd: certs.directory });
    expect(off.stdout).not.toContain("tls-file-");
  });

  test.each([
    ['{ "checkFiles": "yes" }', '"checkFiles" must be true or false'],
    ['{ "expiryDays": -1 }', '"expiryDays" must be a whole number'],
    ['{ "expiryDays": 1.5 }', '"expiryDays" must be a whole number'],
  ])("rejects %s", (project, message) => {
    const folder = temporaryFiles({ "server.conf": "port: 4222\n" });
    writeFileSync(join(folder, ".natsconf.json"), project);
    const result = runCli(["lint", join(folder, "server.conf")]);
    expect(result.stderr).toContain(message);
    expect(result.status).toBe(2);
  });
});
