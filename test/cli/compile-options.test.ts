// The compile options a deploy pipeline uses: --env-file, --redact,
// --show-sources, --pretty/--compact and --server-version.

import { execFileSync, spawn } from "node:child_process";
import { existsSync, lstatSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

import { describe, expect, test } from "vitest";

import { BIN, runCli, temporaryFiles } from "../support/cli.js";

const BCRYPT = "$2a$11$PWIFAL8RsWyGI3jVZtO9Nu8.6jOxzxfZo7c/W0eLk017hjgUKWrhy";

const WITH_VARIABLES = [
  "server_name: $NAME",
  "authorization {",
  "  users = [ { user: alice, password: $ALICE_HASH } ]",
  "}",
  "",
].join("\n");

describe("--env-file", () => {
  test("resolves variables the environment lacks", () => {
    const directory = temporaryFiles({
      "server.conf": WITH_VARIABLES,
      "deploy.env": `# deploy values\nexport NAME=edge-1\nALICE_HASH='"${BCRYPT}"'\n`,
    });
    const result = runCli(["compile", "server.conf", "--env-file", "deploy.env"], {
      cwd: directory,
      env: { NAME: "from-shell" },
    });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    const json = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(json["server_name"]).toBe("edge-1");
    expect(json["authorization"]).toEqual({ users: [{ user: "alice", password: BCRYPT }] });
  });

  test("unresolved variable named with its place", () => {
    const directory = temporaryFiles({
      "server.conf": WITH_VARIABLES,
      "deploy.env": "NAME=edge-1\n",
    });
    const result = runCli(
      ["compile", "server.conf", "--env-file", "deploy.env", "-o", "out.json"],
      {
        cwd: directory,
      },
    );
    expect(result.stderr).toContain("server.conf:3:");
    expect(result.stderr).toContain("ALICE_HASH");
    expect(result.stderr).toContain("nothing written");
    expect(result.status).toBe(1);
    expect(existsSync(join(directory, "out.json"))).toBe(false);
  });

  test("bad line reported without its value", () => {
    const directory = temporaryFiles({
      "server.conf": "port: 4222\n",
      "deploy.env": "GOOD=1\nthis line has a secret-value-123 but no equals\n",
    });
    const result = runCli(["compile", "server.conf", "--env-file", "deploy.env"], {
      cwd: directory,
    });
    expect(result.stderr).toContain("deploy.env:2");
    expect(result.stderr).not.toContain("secret-value-123");
    expect(result.stdout).toBe("");
    expect(result.status).toBe(2);
  });

  test("missing file is a usage failure", () => {
    const directory = temporaryFiles({ "server.conf": "port: 4222\n" });
    const result = runCli(["compile", "server.conf", "--env-file", "nope.env"], {
      cwd: directory,
    });
    expect(result.stderr).toContain("nope.env: file not found");
    expect(result.status).toBe(2);
  });

  test("lint reads it too", () => {
    const directory = temporaryFiles({
      "server.conf": WITH_VARIABLES,
      "deploy.env": `NAME=edge-1\nALICE_HASH='"${BCRYPT}"'\n`,
    });
    const result = runCli(["lint", "server.conf", "--env-file", "deploy.env"], { cwd: directory });
    expect(result.stdout).toContain("No problems");
    expect(result.status).toBe(0);
  });
});

describe("--redact", () => {
  test("hides passwords and seeds", () => {
    const seed = "SUACSSL3UAHUDXKFSNVUZRF5UHPMWZ6BFDTJ7M6USDXIEDNPPQYYYCU3VY";
    const directory = temporaryFiles({
      "server.conf": `authorization { users = [ { user: alice, password: "${BCRYPT}" } ] }\nleafnodes { remotes = [ { url: "nats://127.0.0.1:7422", nkey: "${seed}" } ] }\n`,
    });
    const result = runCli(["compile", "server.conf", "--redact", "--compact"], { cwd: directory });
    expect(result.status).toBe(0);
    expect(result.stdout).not.toContain(BCRYPT);
    expect(result.stdout).not.toContain(seed);
    expect(result.stdout.match(/\[REDACTED\]/g)).toHaveLength(2);
  });
});

describe("--show-sources", () => {
  const files = {
    "server.conf": 'port: 4222\ninclude "limits.conf"\n',
    "limits.conf": "max_payload: 1MB\n",
  };

  test("to stderr beside JSON on stdout", () => {
    const directory = temporaryFiles(files);
    const result = runCli(["compile", "server.conf", "--show-sources"], { cwd: directory });
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ max_payload: 1048576, port: 4222 });
    expect(result.stderr).toMatch(/^max_payload\s+limits\.conf:1:1$/m);
    expect(result.stderr).toMatch(/^port\s+server\.conf:1:1$/m);
  });

  test("to stdout when the JSON goes to a file", () => {
    const directory = temporaryFiles(files);
    const result = runCli(["compile", "server.conf", "--show-sources", "-o", "out.json"], {
      cwd: directory,
    });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^max_payload\s+limits\.conf:1:1$/m);
    expect(JSON.parse(readFileSync(join(directory, "out.json"), "utf8"))).toEqual({
      max_payload: 1048576,
      port: 4222,
    });
  });
});

describe("layout options", () => {
  test("--compact writes one line", () => {
    const directory = temporaryFiles({ "server.conf": "port: 4222\ndebug: true\n" });
    const result = runCli(["compile", "server.conf", "--compact"], { cwd: directory });
    expect(result.stdout).toBe('{"debug": true, "port": 4222}\n');
  });

  test("--pretty indents by two", () => {
    const directory = temporaryFiles({ "server.conf": "port: 4222\n" });
    const result = runCli(["compile", "server.conf", "--pretty"], { cwd: directory });
    expect(result.stdout).toBe('{\n  "port": 4222\n}\n');
  });

  test("--pretty with --compact is a usage error", () => {
    const directory = temporaryFiles({ "server.conf": "port: 4222\n" });
    const result = runCli(["compile", "server.conf", "--pretty", "--compact"], { cwd: directory });
    expect(result.stderr).toContain("only one of --indent, --pretty and --compact");
    expect(result.status).toBe(2);
  });
});

describe("--server-version", () => {
  const files = { "server.conf": "port: 4222\nno_fast_producer_stall: true\n" };

  test("refuses an option the target lacks", () => {
    const directory = temporaryFiles(files);
    const result = runCli(["compile", "server.conf", "--server-version", "2.9.10"], {
      cwd: directory,
    });
    expect(result.stderr).toContain("option-not-in-version");
    expect(result.stdout).toBe("");
    expect(result.status).toBe(1);
  });

  test("from the project file", () => {
    const directory = temporaryFiles({
      ...files,
      ".natsconf.json": '{ "serverVersion": "2.9" }\n',
    });
    const result = runCli(["compile", "server.conf"], { cwd: directory });
    expect(result.stderr).toContain("option-not-in-version");
    expect(result.status).toBe(1);
  });

  test("newest target accepts it", () => {
    const directory = temporaryFiles(files);
    const result = runCli(["compile", "server.conf", "--compact"], { cwd: directory });
    expect(result.stdout).toBe('{"no_fast_producer_stall": true, "port": 4222}\n');
    expect(result.status).toBe(0);
  });
});

describe("configs the server rejects", () => {
  test("silenced finding still stops compile", () => {
    const directory = temporaryFiles({
      "server.conf": "port: 4222\n# natsconf-disable-next-line unknown-key -- reviewed\nprot: 5\n",
    });
    const lint = runCli(["lint", "server.conf"], { cwd: directory });
    expect(lint.status).toBe(0);
    const result = runCli(["compile", "server.conf", "-o", "out.json"], { cwd: directory });
    expect(result.stderr).toContain("error [unknown-key]");
    expect(result.stderr).toContain("nothing written");
    expect(result.status).toBe(1);
    expect(existsSync(join(directory, "out.json"))).toBe(false);
  });

  test("rule turned off still stops compile", () => {
    const directory = temporaryFiles({
      "server.conf": "port: 4222\nprot: 5\n",
      ".natsconf.json": '{ "rules": { "unknown-key": "off" } }\n',
    });
    const result = runCli(["compile", "server.conf"], { cwd: directory });
    expect(result.stderr).toContain("error [unknown-key]");
    expect(result.status).toBe(1);
  });

  test("warning that fails nats-server -t stops compile", () => {
    const directory = temporaryFiles({ "server.conf": "port: 4222\nwrite_deadline: 10\n" });
    const lint = runCli(["lint", "server.conf"], { cwd: directory });
    expect(lint.stdout).toContain("warning [duration-integer]");
    const result = runCli(["compile", "server.conf"], { cwd: directory });
    expect(result.stderr).toContain("error [duration-integer]");
    expect(result.stderr).not.toContain("warning [duration-integer]");
    expect(result.status).toBe(1);
  });
});

describe("output safety", () => {
  test("pipe as output is refused", () => {
    const directory = temporaryFiles({ "server.conf": "port: 4222\n" });
    execFileSync("mkfifo", [join(directory, "pipe")]);
    const result = runCli(["compile", "server.conf", "-o", "pipe"], { cwd: directory });
    expect(result.stderr).toContain("it is not a regular file");
    expect(result.status).toBe(2);
    expect(lstatSync(join(directory, "pipe")).isFIFO()).toBe(true);
  });

  test("env file as output is refused", () => {
    const directory = temporaryFiles({ "server.conf": "port: $PORT\n", "d.env": "PORT=4222\n" });
    const result = runCli(["compile", "server.conf", "--env-file", "d.env", "-o", "d.env"], {
      cwd: directory,
    });
    expect(result.stderr).toContain("is an input of this compile");
    expect(result.status).toBe(2);
    expect(readFileSync(join(directory, "d.env"), "utf8")).toBe("PORT=4222\n");
  });

  test("project file as output is refused", () => {
    const directory = temporaryFiles({
      "server.conf": "port: 4222\n",
      ".natsconf.json": '{ "serverVersion": "2.10" }\n',
    });
    const result = runCli(["compile", "server.conf", "-o", ".natsconf.json"], { cwd: directory });
    expect(result.stderr).toContain("is an input of this compile");
    expect(result.status).toBe(2);
  });

  test("interrupt leaves no temporary file", async () => {
    const users = Array.from({ length: 200_000 }, (_, i) => `{ user: u${i}, password: "p${i}" }`);
    const directory = temporaryFiles({
      "server.conf": `authorization {\n  users = [\n${users.join("\n")}\n  ]\n}\n`,
      ".natsconf.json": '{ "rules": { "auth-plaintext-password": "off" } }\n',
    });
    const child = spawn(process.execPath, ["--", BIN, "compile", "server.conf", "-o", "out.json"], {
      cwd: directory,
      stdio: "ignore",
    });
    // Interrupt as soon as the temporary file appears, or when the run ends.
    const deadline = Date.now() + 60_000;
    while (child.exitCode === null && Date.now() < deadline) {
      if (readdirSync(directory).some((name) => name.endsWith(".tmp"))) break;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    child.kill("SIGINT");
    if (child.exitCode === null) await new Promise((resolve) => child.once("exit", resolve));
    expect(readdirSync(directory).filter((name) => name.endsWith(".tmp"))).toEqual([]);
  }, 90_000);
});
