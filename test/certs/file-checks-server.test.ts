// The --check-files rules whose reaction is "rejects" must match `nats-server -t`
// 2.9.10: the server rejects each config that such a finding flags and accepts
// each config that lint passes. The configs use relative paths, run from the
// certificate folder as the server's working directory.

import { writeFileSync } from "node:fs";
import { join } from "node:path";

import { beforeAll, describe, expect, test } from "vitest";

import { createTlsFileReader } from "../../src/certs/reader.js";
import { checkLoaded } from "../../src/check.js";
import { loadConfig } from "../../src/resolve/load.js";
import { parseServerVersion } from "../../src/target/version.js";
import { fileCheckCertificates, type FileCheckCertificates } from "../support/certs.js";
import { checkConfig } from "../support/nats-server.js";

let certs: FileCheckCertificates;

beforeAll(async () => {
  certs = await fileCheckCertificates();
});

/** Writes the config into the certificate folder, lints it with file checks and runs nats-server -t on it. */
function lintAndCheck(name: string, text: string) {
  const file = join(certs.directory, `${name}.conf`);
  writeFileSync(file, text);
  const loaded = loadConfig(file, { env: {} });
  if (!loaded.ok) throw new Error(loaded.message);
  const files = {
    cwd: certs.directory,
    expiryDays: 30,
    now: new Date(),
    reader: createTlsFileReader(),
  };
  const { diagnostics } = checkLoaded(loaded, { target: parseServerVersion("2.9.10")!, files });
  const fileFindings = diagnostics.filter((d) => d.code.startsWith("tls-file-"));
  return { fileFindings, server: checkConfig(file, certs.directory) };
}

const tls = (cert: string, key: string, ca?: string) =>
  `listen: "127.0.0.1:-1"\ntls {\n  cert_file: "${cert}"\n  key_file: "${key}"\n${ca === undefined ? "" : `  ca_file: "${ca}"\n`}}\n`;

describe("rejected by lint and nats-server -t 2.9.10", () => {
  test.each([
    ["tls-file-missing", tls("missing.pem", "leaf-key.pem")],
    ["tls-file-pem-invalid", tls("garbage.pem", "leaf-key.pem")],
    ["tls-file-pem-invalid", tls("good.pem", "good.pem")],
    ["tls-file-ca-no-cert", tls("good.pem", "leaf-key.pem", "key-only-ca.pem")],
    ["tls-file-key-mismatch", tls("good.pem", "other-key.pem")],
  ])("%s", (code, text) => {
    const { fileFindings, server } = lintAndCheck(`reject-${code}`, text);
    expect(fileFindings.map((d) => [d.code, d.server])).toEqual([[code, "rejects"]]);
    expect(server.ok, server.output).toBe(false);
  });
});

describe("accepted by nats-server -t 2.9.10", () => {
  test("valid files pass lint", () => {
    const { fileFindings, server } = lintAndCheck(
      "accept-good",
      tls("good.pem", "leaf-key.pem", "ca.pem"),
    );
    expect(fileFindings).toEqual([]);
    expect(server.ok, server.output).toBe(true);
  });

  test.each([
    ["tls-file-cert-expired", tls("expired.pem", "leaf-key.pem")],
    ["tls-file-cert-expired", tls("not-yet-valid.pem", "leaf-key.pem")],
    ["tls-file-eku", tls("client-only.pem", "leaf-key.pem")],
  ])("%s is a handshake problem only", (code, text) => {
    const { fileFindings, server } = lintAndCheck(`accept-${code}`, text);
    expect(fileFindings.map((d) => [d.code, d.server])).toEqual([[code, "accepts"]]);
    expect(server.ok, server.output).toBe(true);
  });

  test("cluster certificate from another CA is a handshake problem only", () => {
    const text = `cluster {\n  listen: "127.0.0.1:-1"\n  tls {\n    cert_file: "wrong-ca.pem"\n    key_file: "leaf-key.pem"\n    ca_file: "ca.pem"\n  }\n}\n`;
    const { fileFindings, server } = lintAndCheck("accept-not-issuer", text);
    expect(fileFindings.map((d) => [d.code, d.server])).toEqual([
      ["tls-file-ca-not-issuer", "accepts"],
    ]);
    expect(server.ok, server.output).toBe(true);
  });
});
