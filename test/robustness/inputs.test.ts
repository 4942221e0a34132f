// Hostile inputs through the real command line: deep nesting, a 50 MB file,
// binary data, invalid UTF-8, include cycles and environment variable cycles.
// Each must end with a clear diagnostic and exit code, never a crash or a hang.

import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { writeFileSync } from "node:fs";
import { join } from "node:path";

import { describe, expect, test } from "vitest";

import { runCli, temporaryFiles } from "../support/cli.js";

/** A stack trace in output means natsconf crashed instead of reporting. */
function expectNoCrash(output: string): void {
  expect(output).not.toMatch(/\n\s+at .+:\d+:\d+/);
  expect(output).not.toContain("internal error");
  expect(output).not.toContain("Maximum call stack");
  expect(output).not.toContain("heap out of memory");
}

describe("deep nesting", () => {
  const LEVELS = 10_000;
  test.each([
    ["maps", `${"a { ".repeat(LEVELS)}${"}".repeat(LEVELS)}\n`],
    ["arrays", `a = ${"[ ".repeat(LEVELS)}${"] ".repeat(LEVELS)}\n`],
    ["top-level braces", `${"{ ".repeat(LEVELS)}a = 1\n${"} ".repeat(LEVELS)}\n`],
    ["unclosed maps", `${"a { ".repeat(LEVELS)}\n`],
  ])("%s, 10,000 levels", (_name, text) => {
    const directory = temporaryFiles({ "deep.conf": text });
    const result = runCli(["lint", join(directory, "deep.conf")]);
    expectNoCrash(result.stdout + result.stderr);
    expect(result.stdout).toContain("[syntax/too-deep]");
    expect(result.status).toBe(1);
  });
});

describe("large input", () => {
  test("50 MB config with 400,000 users", () => {
    const directory = temporaryFiles({});
    const file = join(directory, "large.conf");
    const lines = [
      "listen: 127.0.0.1:4222",
      "tls {",
      '  cert_file: "server-cert.pem"',
      '  key_file: "server-key.pem"',
      '  ca_file: "ca.pem"',
      "  verify_and_map: true",
      "}",
      "accounts {",
    ];
    let size = 0;
    for (let account = 0; size < 50 * 1024 * 1024; account++) {
      lines.push(`  TEAM_${account}: {`, "    users = [");
      for (let user = 0; user < 1000; user++) {
        const line =
          `      { user: "CN=svc-${account}-${user}, OU=team-${account}, O=Example Corp, C=DE", ` +
          `permissions: { publish: ["app.${account}.>"], subscribe: ["_INBOX.>"] } }`;
        lines.push(line);
        size += line.length + 1;
      }
      lines.push("    ]", "  }");
    }
    lines.push("}", "");
    writeFileSync(file, lines.join("\n"));

    // About 40 s on a 2-core machine; bench/ tracks the speed.
    const result = runCli(["lint", file], { timeoutMs: 240_000 });
    expectNoCrash(result.stdout + result.stderr);
    expect(result.stdout).toContain("No problems in 1 file.");
    expect(result.status).toBe(0);
  }, 300_000);

  test("arrays of 200,000 items", () => {
    const directory = temporaryFiles({});
    const file = join(directory, "arrays.conf");
    const items = Array.from({ length: 200_000 }, (_, i) => `"t${i}.>"`).join(", ");
    writeFileSync(
      file,
      `server_tags: [${items}]\nauthorization { users = [ { user: a, password: "$2a$11$PWIFAL8RsWyGI3jVZtO9Nu8.6jOxzxfZo7c/W0eLk017hjgUKWrhy", permissions: { publish: [${items}] } } ] }\n`,
    );
    const result = runCli(["lint", file]);
    expectNoCrash(result.stdout + result.stderr);
    expect(result.stdout).not.toContain("internal-error");
    expect(result.stdout).toContain("No problems in 1 file.");
    expect(result.status).toBe(0);
  }, 120_000);

  test("50 MB string on one line", () => {
    const directory = temporaryFiles({});
    const file = join(directory, "line.conf");
    writeFileSync(file, `server_name: "${"x".repeat(50 * 1024 * 1024)}\n`);
    const result = runCli(["lint", file]);
    expectNoCrash(result.stdout + result.stderr);
    expect(result.stdout).toContain("[syntax/unterminated]");
    expect(result.stdout.length).toBeLessThan(10_000);
    expect(result.status).toBe(1);
  }, 120_000);
});

describe("binary and broken text", () => {
  test("random bytes", () => {
    const directory = temporaryFiles({});
    const file = join(directory, "random.conf");
    writeFileSync(file, Buffer.concat([Buffer.from([0]), randomBytes(1 << 20)]));
    const result = runCli(["lint", file]);
    expectNoCrash(result.stdout + result.stderr);
    expect(result.stdout).toContain("[input/binary]");
    expect(result.stdout).toContain("1 problem (1 error");
    expect(result.status).toBe(1);
  });

  test("invalid UTF-8 without NUL bytes", () => {
    const directory = temporaryFiles({});
    const file = join(directory, "latin1.conf");
    writeFileSync(
      file,
      Buffer.concat([Buffer.from("server_name: caf"), Buffer.from([0xe9]), Buffer.from("\n")]),
    );
    const result = runCli(["lint", file]);
    expectNoCrash(result.stdout + result.stderr);
    expect(result.stdout).toContain(`${file}:1:17: error [input/encoding]`);
    expect(result.status).toBe(1);
  });

  test("invalid byte after a real U+FFFD", () => {
    const directory = temporaryFiles({});
    const file = join(directory, "mixed.conf");
    writeFileSync(
      file,
      Buffer.concat([
        Buffer.from('server_name: "\ufffd ok"\nport: 42'),
        Buffer.from([0xff]),
        Buffer.from("22\n"),
      ]),
    );
    const result = runCli(["lint", file]);
    expect(result.stdout).toContain(`${file}:2:9: error [input/encoding]`);
    expect(result.status).toBe(1);
  });

  test("random text without NUL bytes", () => {
    const directory = temporaryFiles({});
    const file = join(directory, "noise.conf");
    const noise = Buffer.from(randomBytes(256 * 1024).map((byte) => (byte === 0 ? 0x20 : byte)));
    writeFileSync(file, noise);
    const result = runCli(["lint", file]);
    expectNoCrash(result.stdout + result.stderr);
    expect(result.status).toBe(1);
  });
});

describe("files that are not regular files", () => {
  test("character device", () => {
    const result = runCli(["lint", "/dev/zero"]);
    expect(result.stderr).toContain("is not a regular file");
    expect(result.status).toBe(2);
  });

  test("named pipe", () => {
    const directory = temporaryFiles({});
    const fifo = join(directory, "fifo.conf");
    execFileSync("mkfifo", [fifo]);
    const result = runCli(["lint", fifo]);
    expect(result.stderr).toContain("is not a regular file");
    expect(result.status).toBe(2);
  });

  test("include of a device", () => {
    const directory = temporaryFiles({ "main.conf": `include ${"../".repeat(20)}dev/zero\n` });
    const result = runCli(["lint", join(directory, "main.conf")]);
    expect(result.stdout).toContain("[include/unreadable]");
    expect(result.status).toBe(1);
  });
});

describe("cycles", () => {
  test("file that includes itself", () => {
    const directory = temporaryFiles({ "self.conf": "port: 4222\ninclude self.conf\n" });
    const result = runCli(["lint", join(directory, "self.conf")]);
    expectNoCrash(result.stdout + result.stderr);
    expect(result.stdout).toContain("[include/cycle]");
    expect(result.status).toBe(1);
  });

  test("two files that include each other", () => {
    const directory = temporaryFiles({
      "a.conf": "include b.conf\n",
      "b.conf": "port: 4222\ninclude 'a.conf'\n",
    });
    const result = runCli(["lint", join(directory, "a.conf")]);
    expectNoCrash(result.stdout + result.stderr);
    expect(result.stdout).toContain("[include/cycle]");
    expect(result.stdout).toContain("note:");
    expect(result.status).toBe(1);
  });

  test("chain of 2,000 included files", () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 2000; i++) files[`f${i}.conf`] = `include f${i + 1}.conf\n`;
    files["f2000.conf"] = "port: 4222\n";
    const directory = temporaryFiles(files);
    const result = runCli(["lint", join(directory, "f0.conf")]);
    expectNoCrash(result.stdout + result.stderr);
    expect(result.stdout).toContain("[include/too-deep]");
    expect(result.status).toBe(1);
  });

  test("environment variables that refer to each other", () => {
    const directory = temporaryFiles({ "env.conf": "server_name: $LOOP_A\n" });
    const result = runCli(["lint", join(directory, "env.conf")], {
      env: { LOOP_A: "$LOOP_B", LOOP_B: "$LOOP_A" },
    });
    expectNoCrash(result.stdout + result.stderr);
    expect(result.stdout).toContain("[variable/cycle]");
    expect(result.status).toBe(1);
  });

  test("environment variable that refers to itself", () => {
    const directory = temporaryFiles({ "env.conf": "server_name: $SELF_REF\n" });
    const result = runCli(["lint", join(directory, "env.conf")], {
      env: { SELF_REF: "$SELF_REF" },
    });
    expectNoCrash(result.stdout + result.stderr);
    expect(result.stdout).toContain("[variable/cycle]");
    expect(result.status).toBe(1);
  });
});
