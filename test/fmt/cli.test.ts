// natsconf fmt as a user runs it: output, --check, --write, --diff, standard
// input and syntax errors. Runs the built command line from bin/natsconf.

import { chmodSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";

import { describe, expect, test } from "vitest";

import { runCli, temporaryFiles } from "../support/cli.js";

const UNFORMATTED = 'port=4222\n# comment\nhost = "localhost"\n';
const FORMATTED = "port: 4222\n# comment\nhost: localhost\n";

describe("natsconf fmt", () => {
  test("prints the formatted file", () => {
    const directory = temporaryFiles({ "a.conf": UNFORMATTED });
    const result = runCli(["fmt", join(directory, "a.conf")]);
    expect(result.stdout).toBe(FORMATTED);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(readFileSync(join(directory, "a.conf"), "utf8")).toBe(UNFORMATTED);
  });

  test("prints several files in order", () => {
    const directory = temporaryFiles({ "a.conf": "a=1\n", "b.conf": "b=2\n" });
    const result = runCli(["fmt", join(directory, "a.conf"), join(directory, "b.conf")]);
    expect(result.stdout).toBe("a: 1\nb: 2\n");
    expect(result.status).toBe(0);
  });

  test("reads standard input", () => {
    const result = runCli(["fmt", "-"], { input: UNFORMATTED });
    expect(result.stdout).toBe(FORMATTED);
    expect(result.status).toBe(0);
  });

  test("check lists unformatted files", () => {
    const directory = temporaryFiles({ "a.conf": UNFORMATTED, "b.conf": FORMATTED });
    const a = join(directory, "a.conf");
    const b = join(directory, "b.conf");
    const result = runCli(["fmt", "--check", a, b]);
    expect(result.stdout).toBe(`${a}\n`);
    expect(result.stderr).toContain("1 file was not formatted");
    expect(result.status).toBe(1);
  });

  test("check passes on formatted files", () => {
    const directory = temporaryFiles({ "b.conf": FORMATTED });
    const result = runCli(["fmt", "--check", join(directory, "b.conf")]);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
  });

  test("write rewrites and keeps the mode", () => {
    const directory = temporaryFiles({ "a.conf": UNFORMATTED, "b.conf": FORMATTED });
    const a = join(directory, "a.conf");
    chmodSync(a, 0o640);
    const result = runCli(["fmt", "--write", a, join(directory, "b.conf")]);
    expect(result.stdout).toBe("");
    expect(result.status).toBe(0);
    expect(readFileSync(a, "utf8")).toBe(FORMATTED);
    expect(statSync(a).mode & 0o777).toBe(0o640);
    expect(runCli(["fmt", "--check", a]).status).toBe(0);
  });

  test("write with check still exits 1", () => {
    const directory = temporaryFiles({ "a.conf": UNFORMATTED });
    const a = join(directory, "a.conf");
    const result = runCli(["fmt", "--write", "--check", a]);
    expect(result.status).toBe(1);
    expect(readFileSync(a, "utf8")).toBe(FORMATTED);
  });

  test("diff shows the change", () => {
    const directory = temporaryFiles({ "a.conf": UNFORMATTED });
    const a = join(directory, "a.conf");
    const result = runCli(["fmt", "--diff", a]);
    expect(result.stdout).toBe(
      [
        `--- ${a}`,
        `+++ ${a}`,
        "@@ -1,3 +1,3 @@",
        "-port=4222",
        "+port: 4222",
        " # comment",
        '-host = "localhost"',
        "+host: localhost",
        "",
      ].join("\n"),
    );
    expect(result.status).toBe(0);
  });

  test("syntax error leaves the file alone", () => {
    const broken = "a = [1, 2]\n";
    const directory = temporaryFiles({ "bad.conf": broken });
    const file = join(directory, "bad.conf");
    const result = runCli(["fmt", "--write", file]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`${file}:1:9: error [syntax/array-bracket]`);
    expect(readFileSync(file, "utf8")).toBe(broken);
  });

  test("other files are still written", () => {
    const directory = temporaryFiles({ "bad.conf": "a = [1, 2]\n", "a.conf": UNFORMATTED });
    const result = runCli([
      "fmt",
      "--write",
      join(directory, "bad.conf"),
      join(directory, "a.conf"),
    ]);
    expect(result.status).toBe(2);
    expect(readFileSync(join(directory, "a.conf"), "utf8")).toBe(FORMATTED);
  });

  test("missing file exits 2", () => {
    const result = runCli(["fmt", "/nonexistent/natsconf/x.conf"]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("cannot read /nonexistent/natsconf/x.conf");
  });

  test("write rejects standard input", () => {
    const result = runCli(["fmt", "--write", "-"], { input: UNFORMATTED });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("--write cannot rewrite standard input");
  });

  test("binary file is not rewritten", () => {
    const directory = temporaryFiles({});
    const file = join(directory, "x.conf");
    writeFileSync(file, Buffer.from([0x61, 0x3d, 0x31, 0x00, 0x0a]));
    const result = runCli(["fmt", "--write", file]);
    expect(result.status).toBe(2);
    expect(readFileSync(file)).toEqual(Buffer.from([0x61, 0x3d, 0x31, 0x00, 0x0a]));
  });
});
