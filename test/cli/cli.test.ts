import { spawnSync } from "node:child_process";
import {
  chmodSync,
  existsSync,
  lstatSync,
  readFileSync,
  readdirSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";

import { describe, expect, test } from "vitest";

import { ANSI, BIN, runCli, temporaryFiles } from "../support/cli.js";

/** A bcrypt hash, which the plaintext-password rule accepts. */
const BCRYPT = "$2a$11$PWIFAL8RsWyGI3jVZtO9Nu8.6jOxzxfZo7c/W0eLk017hjgUKWrhy";
const CLEAN = `listen: 127.0.0.1:4222\nauthorization {\n  users = [ { user: alice, password: "${BCRYPT}" } ]\n}\n`;
const WITH_ERROR =
  "port: 4222\ntls {\n  cert_fil: a.pem\n  cert_file: a.pem\n  key_file: b.pem\n}\n";
const WITH_WARNING = "port: 4222\nport: 4333\n";

describe("natsconf --help", () => {
  test("lists the commands", () => {
    const result = runCli(["--help"]);
    expect(result.status).toBe(0);
    for (const command of ["lint", "compile", "parse"])
      expect(result.stdout).toContain(`natsconf ${command}`);
  });

  test("no command is a usage error", () => {
    const result = runCli([]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("natsconf --help");
  });

  test("unknown option is a usage error", () => {
    const result = runCli(["lint", "x.conf", "--bogus"]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("bogus");
  });
});

describe("natsconf lint", () => {
  test("clean file exits 0", () => {
    const directory = temporaryFiles({ "clean.conf": CLEAN });
    const result = runCli(["lint", join(directory, "clean.conf")]);
    expect(result.stdout).toContain("No problems in 1 file");
    expect(result.status).toBe(0);
  });

  test("error exits 1 with location, frame and help", () => {
    const directory = temporaryFiles({ "bad.conf": WITH_ERROR });
    const file = join(directory, "bad.conf");
    const result = runCli(["lint", file]);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(`${file}:3:3: error [unknown-key]`);
    expect(result.stdout).toMatch(/> 3 \|\s+cert_fil: a\.pem/);
    expect(result.stdout).toMatch(/\|\s+\^{8}/);
    expect(result.stdout).toContain('help: Did you mean "cert_file"?');
    expect(result.stdout).toContain("1 problem (1 error, 0 warnings) in 1 file.");
  });

  test("several errors in one run", () => {
    const directory = temporaryFiles({
      "many.conf": 'a = "unterminated\\q"\nb = 1.5s\nc = [1, 2]\nd = 1kbb\n',
    });
    const result = runCli(["lint", join(directory, "many.conf")]);
    expect(result.status).toBe(1);
    for (const code of [
      "syntax/invalid-escape",
      "syntax/invalid-number",
      "syntax/array-bracket",
      "syntax/number-suffix",
    ]) {
      expect(result.stdout).toContain(`[${code}]`);
    }
  });

  test("warnings alone exit 0", () => {
    const directory = temporaryFiles({ "warn.conf": WITH_WARNING });
    const result = runCli(["lint", join(directory, "warn.conf")]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("warning [duplicate-key]");
    expect(result.stdout).toContain("note:");
  });

  test("--max-warnings 0 fails on a warning", () => {
    const directory = temporaryFiles({ "warn.conf": WITH_WARNING });
    const result = runCli(["lint", "--max-warnings", "0", join(directory, "warn.conf")]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("--max-warnings 0");
  });

  test("missing file exits 2", () => {
    const result = runCli(["lint", "/nonexistent/dir/server.conf"]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("no such file or directory");
  });

  test("directory exits 2", () => {
    const directory = temporaryFiles({});
    const result = runCli(["lint", directory]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("is a directory");
  });

  test("binary input is one clear error", () => {
    const directory = temporaryFiles({});
    writeFileSync(
      join(directory, "image.conf"),
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x0d, 0x0a]),
    );
    const result = runCli(["lint", join(directory, "image.conf")]);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain("[input/binary]");
    expect(result.stdout).toContain("1 problem");
  });
});

describe("colour", () => {
  const directory = temporaryFiles({ "bad.conf": WITH_ERROR });
  const file = join(directory, "bad.conf");

  test("off when not a terminal", () => {
    expect(runCli(["lint", file]).stdout).not.toMatch(ANSI);
  });

  test("on with --color", () => {
    expect(runCli(["lint", "--color", file]).stdout).toMatch(ANSI);
  });

  test("on with FORCE_COLOR", () => {
    expect(runCli(["lint", file], { env: { FORCE_COLOR: "1" } }).stdout).toMatch(ANSI);
  });

  test("NO_COLOR wins over FORCE_COLOR", () => {
    expect(runCli(["lint", file], { env: { FORCE_COLOR: "1", NO_COLOR: "1" } }).stdout).not.toMatch(
      ANSI,
    );
  });

  test("--no-color wins over FORCE_COLOR", () => {
    expect(runCli(["lint", "--no-color", file], { env: { FORCE_COLOR: "3" } }).stdout).not.toMatch(
      ANSI,
    );
  });
});

/** Three base64url parts shaped like a JWT; the claims and signature must never be printed. */
const FAKE_JWT =
  "eyJ0eXAiOiJKV1QiLCJhbGciOiJlZDI1NTE5LW5rZXkifQ.eyJzdWIiOiJBRFhVNFJDU0oifQ.c2lnbmF0dXJlc2VjcmV0";

describe("secrets", () => {
  test.each([
    [
      "through a variable",
      'ADMIN_PW = "VarHeldSecret1"\nbogus = 1\nauthorization { user: admin, password: $ADMIN_PW }\n',
      "VarHeldSecret1",
    ],
    [
      "unquoted bcrypt hash",
      "password: $2b$11$abcdefghijklmnopqrstuuYZ7u3x1OqJ7e5b7eH3o5X5o8U1a9bA.\n",
      "abcdefghijklmnopqrstuu",
    ],
    [
      "number-like password",
      "authorization { users = [ { user: a, password: 4e2secretvalue } ] }\n",
      "2secretvalue",
    ],
    [
      "after a missing comma",
      'authorization {\n  users = [ {user: a, password: "x"} {user: b, password: SkippedSecret9} ]\n}\n',
      "SkippedSecret9",
    ],
    [
      "beyond the nesting limit",
      `a ${"{a=".repeat(130)}{ password: "DeepSecret42" }${"}".repeat(131)}\n`,
      "DeepSecret42",
    ],
    [
      "nkey seed",
      'leafnodes { remotes = [ { url: "nats://127.0.0.1:7422", seed: SUACSSL3UAHUDXKFSNVUZRF5UHPMWZ6BFDTJ7M6USDXIEDNPPQYYYCU3VY, bogus: 1 } ] }\n',
      "SUACSSL3UAHUDXKFSNVUZRF5UHPMWZ6BFDTJ7M6USDXIEDNPPQYYYCU3VY",
    ],
    [
      "misspelled password key",
      "authorization { users: [ { user: a1, pasword: LeakPw1 }, { user: a4, pwd: LeakPw4 } ] }\n",
      "LeakPw",
    ],
    [
      "misspelled token key",
      "mqtt { authorization { toekn: LeakToken2 } }\nwebsocket { no_tls: true, port: 8080, authorization { tokn: LeakToken1 } }\n",
      "LeakToken",
    ],
    [
      "URL password in an invalid route",
      'cluster { listen: 127.0.0.1:6222, routes: [ "nats://ruser:LeakRoute2@127.0.0.1:abc" ] }\n',
      "LeakRoute2",
    ],
    [
      "URL password with @ and a quote",
      'leafnodes { remotes [\n  { url: "nats-leaf://lu:Le@kPw\'7@127.0.0.1:7422", bogus: 1 }\n] }\n',
      "kPw'7",
    ],
    [
      "nkey seed with white space around it",
      'trusted: [ "SUACSSL3UAHUDXKFSNVUZRF5UHPMWZ6BFDTJ7M6USDXIEDNPPQYYYCU3VY " ]\n',
      "SUACSSL3UAHUDXKFSNVUZRF5UHPMWZ6BFDTJ7M6USDXIEDNPPQYYYCU3VY",
    ],
    [
      "JWT in resolver_preload",
      `resolver: MEMORY\nresolver_preload: { ADXU4RCSJNZOIQHZNWXHXORDPRTGNJAHAHFRGZNEEJCPQTT2M7NLCNF4: "${FAKE_JWT}" }\n`,
      "eyJzdWIiOiJB",
    ],
    [
      "JWT as an operator file name, with --check-files",
      `operator: " ${FAKE_JWT}"\n`,
      "c2lnbmF0dXJlc2VjcmV0",
    ],
  ])("%s never printed", (_name, config, secret) => {
    const directory = temporaryFiles({ "secret.conf": config });
    const result = runCli(["lint", "--check-files", join(directory, "secret.conf")]);
    expect(result.status).toBe(1);
    expect(result.stdout + result.stderr).not.toContain(secret);
  });

  test("never printed in diagnostics", () => {
    const config = [
      "authorization {",
      "  users = [",
      '    { user: "CN=alice", password: hunter2-secret-value junk }',
      "    { user: bob, passwd: other-secret-value }",
      "  ]",
      "  token: 4e2supersecret",
      "}",
      "",
    ].join("\n");
    const directory = temporaryFiles({ "secret.conf": config });
    const result = runCli(["lint", join(directory, "secret.conf")]);
    expect(result.status).toBe(1);
    const output = result.stdout + result.stderr;
    for (const secret of [
      "hunter2-secret-value",
      "other-secret-value",
      "4e2supersecret",
      "supersecret",
    ]) {
      expect(output).not.toContain(secret);
    }
  });
});

describe("natsconf compile", () => {
  test("writes normalised JSON to stdout", () => {
    const directory = temporaryFiles({
      "main.conf":
        "include users.conf\nPORT: 4222\nmax_payload: 1MB\n" +
        'tls { cert_file: "s.pem", key_file: "k.pem", ca_file: "ca.pem", verify: true, verify_and_map: true }\n',
      "users.conf": "authorization { users = [ { user: alice, password: pw-alice } ] }\n",
    });
    const result = runCli(["compile", join(directory, "main.conf")]);
    expect(result.status).toBe(0);
    const json = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(json["port"]).toBe(4222);
    expect(json["max_payload"]).toBe(1048576);
    expect(json["tls"]).toEqual({
      cert_file: "s.pem",
      key_file: "k.pem",
      ca_file: "ca.pem",
      verify_and_map: true,
    });
    expect(json["authorization"]).toEqual({ users: [{ user: "alice", password: "pw-alice" }] });
  });

  test("-o writes the file and nothing else", () => {
    const directory = temporaryFiles({ "main.conf": CLEAN });
    const output = join(directory, "out.json");
    const result = runCli(["compile", join(directory, "main.conf"), "-o", output]);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe("");
    expect(JSON.parse(readFileSync(output, "utf8"))).toMatchObject({ listen: "127.0.0.1:4222" });
    expect(readdirSync(directory).sort()).toEqual(["main.conf", "out.json"]);
  });

  test("errors write nothing and keep the old output", () => {
    const directory = temporaryFiles({ "main.conf": WITH_ERROR, "out.json": "previous" });
    const output = join(directory, "out.json");
    const result = runCli(["compile", join(directory, "main.conf"), "-o", output]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("nothing written");
    expect(readFileSync(output, "utf8")).toBe("previous");
    expect(readdirSync(directory).sort()).toEqual(["main.conf", "out.json"]);
  });

  test("unwritable output exits 2", () => {
    const directory = temporaryFiles({ "main.conf": CLEAN });
    const result = runCli([
      "compile",
      join(directory, "main.conf"),
      "-o",
      join(directory, "missing", "out.json"),
    ]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("cannot write");
    expect(existsSync(join(directory, "missing"))).toBe(false);
  });
});

describe("natsconf parse", () => {
  test("prints the typed tree", () => {
    const directory = temporaryFiles({ "a.conf": "size: 1GB\nname: 'x'\nratio: 0.5\nbig: 8EB\n" });
    const result = runCli(["parse", join(directory, "a.conf")]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('"s": "-9223372036854775808"');
    const tree = JSON.parse(result.stdout) as { v: Record<string, unknown> };
    expect(tree.v["size"]).toEqual({ t: "int64", v: 1073741824 });
    expect(tree.v["ratio"]).toEqual({ t: "float64", v: 0.5, s: "0.5" });
  });

  test("rejected file exits 1", () => {
    const directory = temporaryFiles({ "a.conf": "a = [1, 2]\n" });
    const result = runCli(["parse", join(directory, "a.conf")]);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain("[syntax/array-bracket]");
  });
});

describe("output pipe", () => {
  test("closed early ends quietly", () => {
    const lines = Array.from({ length: 20000 }, (_, index) => `key_${index}: ${index}`).join("\n");
    const directory = temporaryFiles({ "many.conf": `${lines}\n` });
    const file = join(directory, "many.conf");
    const result = spawnSync(
      "sh",
      ["-c", `node "${BIN}" parse "${file}" | head -c 10 > /dev/null`],
      {
        encoding: "utf8",
      },
    );
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
  });
});

describe("standard input", () => {
  test("lint - reads the config", () => {
    const result = runCli(["lint", "-"], { input: WITH_ERROR });
    expect(result.status).toBe(1);
    expect(result.stdout).toContain("<stdin>:3:3: error [unknown-key]");
  });

  test("--stdin-filename names it and anchors includes", () => {
    const directory = temporaryFiles({
      "users.conf": "authorization { users = [ { user: a, password: pw-a } ] }\n",
    });
    const named = join(directory, "server.conf");
    const result = runCli(["compile", "-", "--stdin-filename", named], {
      input: "include users.conf\nport: 4222\n",
    });
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({
      port: 4222,
      authorization: { users: [{ user: "a" }] },
    });
  });

  test("parse - prints the tree", () => {
    const result = runCli(["parse", "-"], { input: "port: 4222\n" });
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ t: "map", v: { port: { t: "int64", v: 4222 } } });
  });

  test("- twice is a usage error", () => {
    const result = runCli(["lint", "-", "-"], { input: "port: 1\n" });
    expect(result.status).toBe(2);
  });
});

describe("usage errors", () => {
  test.each([
    [["lint"]],
    [["lint", "x.conf", "--max-warnings"]],
    [["lint", "x.conf", "--max-warnings", "abc"]],
    [["lint", "x.conf", "--max-warnings", "-5"]],
    [["lint", "x.conf", "--max-warnings", "0.5"]],
    [["compile", "x.conf", "--indent", "abc"]],
    [["compile", "x.conf", "--indent", "99"]],
    [["compile", "x.conf", "-o"]],
  ])("%j exits 2", (args) => {
    const result = runCli(args);
    expect(result.stderr).toContain("natsconf:");
    expect(result.status).toBe(2);
  });
});

describe("compile output file", () => {
  test("new file is private", () => {
    const directory = temporaryFiles({ "main.conf": CLEAN });
    const output = join(directory, "out.json");
    expect(runCli(["compile", join(directory, "main.conf"), "-o", output]).status).toBe(0);
    expect(statSync(output).mode & 0o777).toBe(0o600);
  });

  test("replaced file keeps its mode", () => {
    const directory = temporaryFiles({ "main.conf": CLEAN, "out.json": "{}" });
    const output = join(directory, "out.json");
    chmodSync(output, 0o640);
    expect(runCli(["compile", join(directory, "main.conf"), "-o", output]).status).toBe(0);
    expect(statSync(output).mode & 0o777).toBe(0o640);
  });

  test("symbolic link is written through", () => {
    const directory = temporaryFiles({ "main.conf": CLEAN, "real.json": "{}" });
    const link = join(directory, "link.json");
    symlinkSync("real.json", link);
    expect(runCli(["compile", join(directory, "main.conf"), "-o", link]).status).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(JSON.parse(readFileSync(join(directory, "real.json"), "utf8"))).toMatchObject({
      listen: "127.0.0.1:4222",
    });
  });

  test("directory is refused", () => {
    const directory = temporaryFiles({ "main.conf": CLEAN });
    const result = runCli(["compile", join(directory, "main.conf"), "-o", directory]);
    expect(result.stderr).toContain("is a directory");
    expect(result.stderr).not.toContain(".tmp");
    expect(result.status).toBe(2);
  });

  test("config file itself is refused", () => {
    const directory = temporaryFiles({ "main.conf": CLEAN });
    const main = join(directory, "main.conf");
    const result = runCli(["compile", main, "-o", main]);
    expect(result.status).toBe(2);
    expect(readFileSync(main, "utf8")).toBe(CLEAN);
  });

  test("full disk on stdout is one line", () => {
    const directory = temporaryFiles({ "main.conf": CLEAN });
    const result = spawnSync(
      "sh",
      ["-c", `node "${BIN}" compile "${join(directory, "main.conf")}" > /dev/full`],
      {
        encoding: "utf8",
      },
    );
    expect(result.stderr.trim()).toBe(
      "natsconf: cannot write the output: no space left on the device",
    );
    expect(result.status).toBe(2);
  });
});

describe("several files", () => {
  test("file and its include report once", () => {
    const directory = temporaryFiles({
      "top.conf": "include part.conf\n",
      "part.conf": "bogus: 1\n",
    });
    const result = runCli(["lint", join(directory, "top.conf"), join(directory, "part.conf")]);
    expect(result.stdout).toContain("1 problem (1 error, 0 warnings) in 2 files.");
  });
});

describe("missing arguments", () => {
  test.each([
    ["lint", "lint needs a config file, directory or pattern"],
    ["compile", "compile needs a config file"],
    ["explain", "explain needs a rule id"],
  ])("%s without one says what to give", (command, message) => {
    const result = runCli([command]);
    expect(result.stderr).toContain(message);
    expect(result.status).toBe(2);
  });
});
