// Compiles the examples with natsconf and has the real nats-server (Debian's 2.9.10
// in CI) check the JSON: `nats-server -t` must accept it, and a server started from
// the JSON must report the same effective options as one started from the source.

import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { afterAll, beforeAll, describe, expect, test } from "vitest";

import { EXAMPLES_DIRECTORY, ensureCertificates } from "../support/certs.js";
import { runCli } from "../support/cli.js";
import { checkConfig, startServer } from "../support/nats-server.js";

/** Examples that compile: the valid ones, and broken ones with warnings only. */
const COMPILABLE = [
  "tls-verify.conf",
  "tls-map-email.conf",
  "tls-map-dn.conf",
  "broken/verify-redundant-with-map.conf",
  "broken/duplicate-key.conf",
];

/** Examples whose errors make compile refuse to write. */
const REFUSED = [
  "broken/verify-false-with-map.conf",
  "broken/cert-user-without-mapping.conf",
  "broken/unknown-keys.conf",
];

/** /varz fields that follow from the config rather than from the run. */
const CONFIG_FIELDS = [
  "server_name",
  "host",
  "auth_required",
  "tls_required",
  "tls_verify",
  "tls_timeout",
  "max_connections",
  "max_payload",
  "max_pending",
  "max_control_line",
  "ping_interval",
  "ping_max",
  "write_deadline",
  "auth_timeout",
];

let output: string;

beforeAll(async () => {
  await ensureCertificates();
  output = mkdtempSync(join(tmpdir(), "natsconf-compile-"));
});

afterAll(() => rmSync(output, { recursive: true, force: true }));

function compileExample(example: string): string {
  const target = join(output, `${example.replace("/", "-")}.json`);
  const result = runCli(["compile", example, "-o", target], { cwd: EXAMPLES_DIRECTORY });
  expect(result.stderr).not.toMatch(/: error \[/);
  expect(result.status, result.stderr).toBe(0);
  return target;
}

describe.each(COMPILABLE)("compiled %s", (example) => {
  test("is accepted by nats-server -t", () => {
    const compiled = compileExample(example);
    const check = checkConfig(compiled, EXAMPLES_DIRECTORY);
    expect(check.output).toContain("is valid");
    expect(check.ok).toBe(true);
  });

  test("is plain JSON", () => {
    const compiled = compileExample(example);
    expect(() => JSON.parse(readFileSync(compiled, "utf8")) as unknown).not.toThrow();
  });
});

describe.each(REFUSED)("compile of %s", (example) => {
  test("writes nothing", () => {
    const target = join(output, "refused.json");
    const result = runCli(["compile", example, "-o", target], { cwd: EXAMPLES_DIRECTORY });
    expect(result.status).toBe(1);
    expect(() => readFileSync(target)).toThrow();
  });
});

async function effectiveOptions(config: string): Promise<Record<string, unknown>> {
  const server = await startServer(config, EXAMPLES_DIRECTORY);
  try {
    const response = await fetch(`http://127.0.0.1:${server.httpPort}/varz`);
    const varz = (await response.json()) as Record<string, unknown>;
    return Object.fromEntries(CONFIG_FIELDS.map((field) => [field, varz[field]]));
  } finally {
    await server.stop();
  }
}

describe("running server", () => {
  test.each(["tls-map-dn.conf", "tls-verify.conf"])(
    "%s means the same compiled",
    async (example) => {
      const compiled = compileExample(example);
      const original = await effectiveOptions(example);
      expect(original["tls_verify"]).toBe(true);
      expect(await effectiveOptions(compiled)).toEqual(original);
    },
  );
});
