import { readFileSync } from "node:fs";
import { join } from "node:path";

import { beforeAll, describe, expect, test } from "vitest";

import type { Io } from "../../src/cli/io.js";
import { main } from "../../src/cli/main.js";
import { bundleMetafile, dynamicImports, staticClosure } from "../support/bundle.js";
import { ensureCertificates, type TestCertificates } from "../support/certs.js";
import { ANSI, runCli, temporaryFiles } from "../support/cli.js";

const CONFIG = `
tls {
  cert_file: server.pem
  key_file: server-key.pem
  ca_file: ca.pem
  verify_and_map: true
}
authorization {
  default_permissions: { publish: "default.>" }
  users = [
    { user: "alice@example.com", permissions: { publish: { allow: ["a.>"], deny: "a.secret" }, subscribe: "_INBOX.>" } }
    { user: "CN=alice, OU=Engineering, O=Example" }
    { user: "CN=bob,O=Example", password: "s3cret-pass" }
    { user: "carol", password: "x" }
    { user: "web@example.com", allowed_connection_types: ["WEBSOCKET"] }
  ]
}
accounts {
  OPS { users = [ { user: "CN=ops,OU=Ops+OU=Eng,O=Example" }, { user: "ops.example.com" } ] }
}
websocket {
  port: 8443
  tls { cert_file: server.pem, key_file: server-key.pem }
}
`;

let directory: string;
let config: string;

interface Result {
  status: number;
  stdout: string;
  stderr: string;
}

/** Runs the command line in this process, without a terminal. */
async function run(args: string[]): Promise<Result> {
  let stdout = "";
  let stderr = "";
  const io: Io = {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    readStdin: () => Buffer.alloc(0),
    env: {},
    stdoutIsTTY: false,
    stderrIsTTY: false,
  };
  const status = await main(args, io);
  return { status, stdout, stderr };
}

async function whoisJson(...args: string[]) {
  const result = await run(["whois", "--config", config, "--json", ...args]);
  expect(result.stderr).toBe("");
  return { status: result.status, json: JSON.parse(result.stdout) };
}

beforeAll(() => {
  directory = temporaryFiles({ "server.conf": CONFIG });
  config = join(directory, "server.conf");
});

describe("whois with --subject", () => {
  test("maps a DN user and shows account and permissions", async () => {
    const { status, json } = await whoisJson("--subject", "CN=ops,OU=Eng+OU=Ops,O=Example");
    expect(status).toBe(0);
    expect(json.version).toBe(1);
    expect(json.tlsBlock).toBe(`${config}:2:1`);
    expect(json.match.step).toBe("dn");
    expect(json.match.users).toEqual([
      expect.objectContaining({
        name: "CN=ops,OU=Ops+OU=Eng,O=Example",
        account: "OPS",
        permissions: null,
      }),
    ]);
  });

  test("reads the OpenSSL slash form in certificate order", async () => {
    const { json } = await whoisJson("--subject", "/O=Example/OU=Engineering/CN=alice");
    expect(json.certificate.subject).toBe("CN=alice,OU=Engineering,O=Example");
    expect(json.match.users[0].name).toBe("CN=alice, OU=Engineering, O=Example");
  });

  test("email SANs come before the subject", async () => {
    const { json } = await whoisJson(
      "--subject",
      "CN=alice,OU=Engineering,O=Example",
      "--email",
      "nobody@example.com",
      "--email",
      "alice@example.com",
    );
    expect(json.match.step).toBe("email");
    expect(json.match.users[0].permissions).toEqual({
      publish: { allow: ["a.>"], deny: ["a.secret"] },
      subscribe: { allow: ["_INBOX.>"] },
    });
    expect(json.candidates.map((c: { status: string }) => c.status)).toEqual([
      "no-user",
      "matched",
      "not-tried",
      "not-tried",
    ]);
  });

  test("default permissions and passwords are reported", async () => {
    const { json } = await whoisJson("--subject", "CN=bob,O=Example");
    const user = json.match.users[0];
    expect(user.permissions).toEqual({ publish: { allow: ["default.>"] } });
    expect(user.permissionsFrom).toBe("authorization.default_permissions");
    expect(user.hasPassword).toBe(true);
    expect(json.notes.join(" ")).toContain("password");
  });

  test("a bare CN is a near miss with the DN to write", async () => {
    const { status, json } = await whoisJson("--subject", "CN=carol,O=Example");
    expect(status).toBe(1);
    expect(json.match).toBeNull();
    expect(json.nearestMisses[0]).toMatchObject({ user: "carol", write: "CN=carol, O=Example" });
  });

  test("a DNS SAN in the CN is a near miss", async () => {
    const { json } = await whoisJson("--subject", "CN=ops.example.com");
    expect(json.nearestMisses[0].user).toBe("ops.example.com");
    expect(json.nearestMisses[0].reasons[0]).toContain("DNS SAN");
  });

  test("a value in another case is a near miss", async () => {
    const { json } = await whoisJson("--subject", "CN=alice,OU=engineering,O=Example");
    expect(json.nearestMisses[0].reasons.join(" ")).toContain("case-sensitively");
    expect(json.nearestMisses[0].write).toBe("CN=alice, OU=engineering, O=Example");
  });

  test("a user kept off the listener by connection types is a near miss", async () => {
    const { status, json } = await whoisJson("--subject", "CN=x", "--email", "web@example.com");
    expect(status).toBe(1);
    expect(json.nearestMisses[0].reasons[0]).toContain("allowed_connection_types");
    const websocket = await whoisJson(
      "--subject",
      "CN=x",
      "--email",
      "web@example.com",
      "--listener",
      "websocket",
    );
    expect(websocket.status).toBe(1);
    expect(websocket.json.mapping).toEqual({
      active: false,
      reason: expect.stringContaining("verify_and_map"),
    });
  });

  test("an email in the emailAddress attribute is a near miss", async () => {
    const { json } = await whoisJson(
      "--subject",
      "emailAddress=alice@example.com,CN=someone,O=Example",
    );
    expect(json.nearestMisses[0].reasons[0]).toContain("email SANs only");
  });

  test("the DN step is skipped for a subject with UID", async () => {
    const { json } = await whoisJson("--subject", "UID=a1,CN=alice,OU=Engineering,O=Example");
    const dn = json.candidates.find((c: { step: string }) => c.step === "dn");
    expect(dn.status).toBe("skipped");
    expect(json.nearestMisses[0]).toMatchObject({
      user: "CN=alice, OU=Engineering, O=Example",
      write: "CN=alice,OU=Engineering,O=Example",
    });
  });

  test("equal users are a random pick", async () => {
    const twins = temporaryFiles({
      "twins.conf": `tls { cert_file: a.pem, key_file: b.pem, verify_and_map: true }
authorization { users = [ { user: "CN=t,O=x" }, { user: "cn=t, o=x" } ] }`,
    });
    const result = await run(
      ["whois", "--config", join(twins, "twins.conf")].concat(["--subject", "CN=t,O=x"]),
    );
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("at random");
  });

  test("the target version changes the RDN pairing", async () => {
    const repeat = temporaryFiles({
      "repeat.conf": `tls { cert_file: a.pem, key_file: b.pem, verify_and_map: true }
authorization { users = [ { user: "CN=x,OU=a,OU=a" } ] }`,
    });
    const args = ["whois", "--config", join(repeat, "repeat.conf"), "--subject", "CN=x,OU=a,O=b"];
    const old = await run([...args, "--server-version", "2.9.10"]);
    const current = await run([...args, "--server-version", "2.14"]);
    expect(old.status).toBe(0);
    expect(old.stdout).toContain("2.14.0 and later map it to no user");
    expect(current.status).toBe(1);
    expect(current.stdout).toContain("before 2.14.0 map it to");
  });

  test("a Go-form match notes the dropped DCs", async () => {
    const { json } = await whoisJson("--subject", "/DC=org/CN=bob/O=Example");
    expect(json.match.step).toBe("subject");
    expect(json.notes[0]).toContain("leaves out DC");
  });

  test("leafnode users compare literal strings only", async () => {
    const leaf = temporaryFiles({
      "leaf.conf": `leafnodes {
  port: 7422
  tls { cert_file: a.pem, key_file: b.pem, verify_and_map: true }
  authorization { users = [ { user: "CN=leaf, O=Example", account: LEAFS } ] }
}
accounts { LEAFS {} }`,
    });
    const args = ["whois", "--config", join(leaf, "leaf.conf"), "--listener", "leafnode"];
    const spaced = await run([...args, "--subject", "CN=leaf,O=Example", "--json"]);
    expect(spaced.status).toBe(1);
    const json = JSON.parse(spaced.stdout);
    expect(json.candidates[0]).toMatchObject({ step: "dn", status: "skipped" });
    expect(json.nearestMisses[0].write).toBe("CN=leaf,O=Example");
    const rename = temporaryFiles({
      "leaf.conf": readFileSync(join(leaf, "leaf.conf"), "utf8").replace(
        "CN=leaf, O=",
        "CN=leaf,O=",
      ),
    });
    const fixed = await run(
      ["whois", "--config", join(rename, "leaf.conf"), "--listener", "leafnode"].concat([
        "--subject",
        "CN=leaf,O=Example",
        "--json",
      ]),
    );
    expect(fixed.status).toBe(0);
    expect(JSON.parse(fixed.stdout).match.users[0].account).toBe("LEAFS");
  });

  test("the websocket listener uses its own tls block", async () => {
    const websocket = temporaryFiles({
      "ws.conf": `tls { cert_file: a.pem, key_file: b.pem, verify: false, verify_and_map: true }
websocket {
  port: 8443
  tls { cert_file: a.pem, key_file: b.pem, verify_and_map: true }
}
authorization { users = [ { user: "web@example.com", allowed_connection_types: ["WEBSOCKET"] } ] }`,
    });
    const args = ["whois", "--config", join(websocket, "ws.conf"), "--json"];
    args.push("--subject", "CN=x", "--email", "web@example.com");
    const onWebsocket = await run([...args, "--listener", "websocket"]);
    expect(onWebsocket.status).toBe(0);
    expect(JSON.parse(onWebsocket.stdout).tlsBlock).toBe(`${join(websocket, "ws.conf")}:4:3`);
    const onClient = await run(args);
    expect(onClient.status).toBe(1);
    expect(JSON.parse(onClient.stdout).notes[0]).toContain("verify: false");
  });

  test("the project file sets the target version", async () => {
    const project = temporaryFiles({
      ".natsconf.json": JSON.stringify({ serverVersion: "2.9.10" }),
      "repeat.conf": `tls { cert_file: a.pem, key_file: b.pem, verify_and_map: true }
authorization { users = [ { user: "CN=x,OU=a,OU=a" } ] }`,
    });
    const result = await run(
      ["whois", "--config", join(project, "repeat.conf")].concat([
        "--subject",
        "CN=x,OU=a,O=b",
        "--json",
      ]),
    );
    expect(JSON.parse(result.stdout).serverVersion).toBe("2.9.10");
    expect(result.status).toBe(0);
  });
});

describe("whois with a certificate file", () => {
  let certificates: TestCertificates;
  beforeAll(async () => {
    certificates = await ensureCertificates();
  });

  test("maps the email SAN, in a separate process", () => {
    const result = runCli(["whois", certificates.aliceEmailCert, "--config", config]);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('"alice@example.com"');
    expect(result.stdout).toMatch(/email SAN\s+alice@example\.com\s+matched/);
    expect(result.stdout).not.toMatch(ANSI);
  });

  test("maps the subject DN", async () => {
    const { status, json } = await whoisJson(certificates.aliceDnCert);
    expect(status).toBe(0);
    expect(json.certificate.subjectRdns).toEqual([
      [{ type: "O", oid: "2.5.4.10", value: "Example" }],
      [{ type: "OU", oid: "2.5.4.11", value: "Engineering" }],
      [{ type: "CN", oid: "2.5.4.3", value: "alice" }],
    ]);
    expect(json.match.users[0].name).toBe("CN=alice, OU=Engineering, O=Example");
  });

  test("colours the output when asked", async () => {
    const result = await run(["whois", certificates.aliceDnCert, "--config", config, "--color"]);
    expect(result.stdout).toMatch(ANSI);
  });
});

describe("whois usage errors", () => {
  test.each([
    [["whois", "--subject", "CN=a"], "--config"],
    [["whois", "--config", "x.conf"], "either a certificate file or --subject"],
    [["whois", "a.pem", "--subject", "CN=a", "--config", "x.conf"], "either"],
    [["whois", "a.pem", "--email", "a@b.c", "--config", "x.conf"], "go with --subject"],
    [["whois", "--subject", "CN=a", "--config", "x.conf", "--listener", "route"], "listener"],
    [["whois", "--subject", "CN=a", "--config", "x.conf", "--server-version", "9"], "version"],
  ])("%j", async (args, message) => {
    const result = await run(args);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(message);
  });

  test("a missing certificate names the file and suggests --subject", async () => {
    const result = await run(["whois", "CN=alice,O=x", "--config", config]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("no such file or directory");
    expect(result.stderr).toContain('--subject "CN=alice,O=x"');
  });

  test("a file that is no certificate is rejected without a stack trace", async () => {
    const result = await run(["whois", config, "--config", config]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^natsconf: .*server\.conf/);
    expect(result.stderr).not.toContain("    at ");
  });

  test("a missing config is an error", async () => {
    const result = await run([
      "whois",
      "--subject",
      "CN=a",
      "--config",
      join(directory, "no.conf"),
    ]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("no.conf");
  });

  test("a config the server cannot parse is an error", async () => {
    const broken = temporaryFiles({ "broken.conf": "tls {\n  cert_file: \n" });
    const result = await run([
      "whois",
      "--subject",
      "CN=a",
      "--config",
      join(broken, "broken.conf"),
    ]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("fix them");
  });

  test("a listener the config lacks is an error", async () => {
    const result = await run([
      "whois",
      "--subject",
      "CN=a",
      "--config",
      config,
      "--listener",
      "mqtt",
    ]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("no mqtt listener");
  });
});

describe("start-up stays light", () => {
  const isPkijs = (path: string): boolean => path.startsWith("node_modules/pkijs/");

  test("--help and lint do not load pkijs", () => {
    const loaded = staticClosure(bundleMetafile(), [
      "src/cli/entry.ts",
      "src/cli/run.ts",
      "src/cli/main.ts",
      "src/cli/commands/lint.ts",
      "src/cli/format/stylish.ts",
    ]);
    expect(loaded).toContain("src/check.ts");
    expect([...loaded].filter(isPkijs)).toEqual([]);
  });

  test("whois loads pkijs on demand", () => {
    const metafile = bundleMetafile();
    const whois = ["src/cli/commands/whois.ts"];
    expect([...staticClosure(metafile, whois)].filter(isPkijs)).toEqual([]);
    const onDemand = dynamicImports(metafile, whois).filter((path) =>
      [...staticClosure(metafile, [path])].some(isPkijs),
    );
    expect(onDemand).toHaveLength(1);
  });
});
