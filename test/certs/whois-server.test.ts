// `natsconf whois` against the real nats-server (Debian's 2.9.10 in CI): a
// matrix of client certificates made with openssl, one server with
// verify_and_map and a user per case, each with permissions of its own. Every
// certificate logs in with the nats client, and the server's verdict and the
// user it picked (seen through /connz and through the user's permissions)
// must be what whois predicted for 2.9.10.

import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { promisify } from "node:util";

import { connect, type NatsConnection } from "nats";
import { afterAll, beforeAll, describe, expect, test } from "vitest";

import type { Io } from "../../src/cli/io.js";
import { main } from "../../src/cli/main.js";
import { runCli } from "../support/cli.js";
import { startServer, type RunningServer } from "../support/nats-server.js";

const execFileAsync = promisify(execFile);

interface Case {
  /** The subject in `openssl -subj` form, in certificate order. */
  subject: string;
  /** A subjectAltName value, such as "email:a@example.com". */
  altNames?: string;
  /** User names this case adds to the config. */
  users: string[];
  /** The user the certificate maps to with 2.9.10, or null for a rejected client. */
  expected: string | null;
  /** With no match: the user name that whois suggests. */
  write?: string;
  /** With no match: text that the first nearest miss's reasons contain. */
  missReason?: string;
  /** Run whois as a separate process rather than in-process. */
  spawn?: boolean;
  /** Go cannot parse the certificate, so the TLS handshake fails. */
  unparseable?: boolean;
}

const CASES: Record<string, Case> = {
  emailOne: {
    subject: "/CN=mail-one",
    altNames: "email:one@example.com",
    users: ["one@example.com"],
    expected: "one@example.com",
    spawn: true,
  },
  emailMany: {
    subject: "/CN=mail-many",
    altNames: "email:first@example.com,email:second@example.com",
    users: ["second@example.com"],
    expected: "second@example.com",
  },
  emailBoth: {
    subject: "/CN=mail-both",
    altNames: "email:a1@example.com,email:a2@example.com",
    users: ["a2@example.com", "a1@example.com"],
    expected: "a1@example.com",
  },
  dnsSan: {
    subject: "/CN=svc",
    altNames: "DNS:svc.example.com",
    users: ["svc.example.com"],
    expected: "svc.example.com",
  },
  uriSan: {
    subject: "/CN=workload",
    altNames: "URI:spiffe://example.org/ns/web",
    users: ["spiffe://example.org/ns/web"],
    expected: "spiffe://example.org/ns/web",
  },
  // Go writes the URI with a lower-case scheme and the space escaped, so the
  // user written as in the certificate never matches.
  uriSanGoForm: {
    subject: "/CN=workload2",
    altNames: "URI:SPIFFE://Example.org/ns/a b",
    users: ["SPIFFE://Example.org/ns/a b", "spiffe://Example.org/ns/a%20b"],
    expected: "spiffe://Example.org/ns/a%20b",
  },
  dnExact: {
    subject: "/O=Example/OU=Eng/CN=exact",
    users: ["CN=exact,OU=Eng,O=Example"],
    expected: "CN=exact,OU=Eng,O=Example",
    spawn: true,
  },
  dnReordered: {
    subject: "/O=Example/OU=Eng/CN=reordered",
    users: ["O=Example,OU=Eng,CN=reordered"],
    expected: "O=Example,OU=Eng,CN=reordered",
  },
  dnSpaces: {
    subject: "/O=Example/CN=spaced",
    users: ["CN=spaced, O=Example"],
    expected: "CN=spaced, O=Example",
  },
  typeCase: {
    subject: "/O=Example/CN=lower",
    users: ["cn=lower,o=Example"],
    expected: "cn=lower,o=Example",
  },
  multiValued: {
    subject: "/O=Example/OU=Eng+OU=Ops/CN=multi",
    users: ["CN=multi,OU=Ops+OU=Eng,O=Example"],
    expected: "CN=multi,OU=Ops+OU=Eng,O=Example",
  },
  dc: {
    subject: "/DC=org/DC=example/OU=Eng/CN=dc",
    users: ["CN=dc,OU=Eng,DC=example,DC=org"],
    expected: "CN=dc,OU=Eng,DC=example,DC=org",
  },
  dcGoForm: {
    subject: "/DC=org/DC=example/OU=Eng/CN=dcgo",
    users: ["CN=dcgo,OU=Eng"],
    expected: "CN=dcgo,OU=Eng",
  },
  dcMissing: {
    subject: "/DC=org/DC=example/OU=Eng/CN=dcmiss",
    users: ["CN=dcmiss, OU=Eng"],
    expected: null,
    write: "CN=dcmiss, OU=Eng, DC=example, DC=org",
    spawn: true,
  },
  unknownAttribute: {
    subject: "/O=Example/CN=uid/UID=u1",
    users: ["CN=uid, O=Example"],
    expected: null,
    write: "CN=uid,O=Example",
  },
  unknownAttributeGoForm: {
    subject: "/O=Example/CN=uidgo/UID=u2",
    users: ["CN=uidgo,O=Example"],
    expected: "CN=uidgo,O=Example",
  },
  bareCn: {
    subject: "/CN=bare.example.com",
    users: ["bare.example.com"],
    expected: null,
    write: "CN=bare.example.com",
  },
  emptySubjectDnsOnly: {
    subject: "/",
    altNames: "DNS:empty.example.com",
    users: ["empty.example.com"],
    expected: null,
    missReason: "subject is empty",
  },
  noMatch: {
    subject: "/O=Nowhere/CN=nobody",
    users: [],
    expected: null,
  },
  repeatedRdn: {
    subject: "/O=b/OU=a/CN=rep",
    users: ["CN=rep,OU=a,OU=a"],
    expected: "CN=rep,OU=a,OU=a",
    spawn: true,
  },
  // Go's crypto/x509 rejects these certificates, so no user can map them.
  uriNotAscii: {
    subject: "/CN=accent",
    altNames: "URI:https://example.org/caf\u00e9",
    users: ["https://example.org/caf\u00e9", "https://example.org/caf%C3%A9"],
    expected: null,
    unparseable: true,
  },
  uriTrailingDot: {
    subject: "/CN=dot",
    altNames: "URI:https://example.org./ns",
    users: ["https://example.org./ns"],
    expected: null,
    unparseable: true,
    spawn: true,
  },
  emailNotAscii: {
    subject: "/CN=mail-accent",
    altNames: "email:jos\u00e9@example.org",
    users: ["jos\u00e9@example.org"],
    expected: null,
    unparseable: true,
  },
  equalUsers: {
    subject: "/OU=Eng/CN=twin",
    users: ["CN=twin,OU=Eng", "cn=twin, ou=Eng"],
    // Either user; the server picks one at random.
    expected: "CN=twin,OU=Eng",
  },
};

const ALL_USERS = Object.values(CASES).flatMap((c) => c.users);

/** Returns the NATS subject that only this user may publish and subscribe to. */
function subjectOf(user: string): string {
  return `who.u${ALL_USERS.indexOf(user)}`;
}

let directory: string;
let server: RunningServer;
let configFile: string;

async function openssl(args: string[]): Promise<void> {
  await execFileAsync("openssl", args, { cwd: directory, timeout: 30_000 });
}

/** Issues a certificate with an EC key, signed by the test CA, in one openssl call. */
async function issue(name: string, subject: string, extensions: string[]): Promise<void> {
  await openssl(
    ["req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"]
      .concat(["-multivalue-rdn", "-subj", subject, "-days", "2"])
      .concat(["-CA", "ca.pem", "-CAkey", "ca-key.pem"])
      .concat(["-keyout", `${name}-key.pem`, "-out", `${name}.pem`])
      .concat(extensions.flatMap((extension) => ["-addext", extension])),
  );
}

function serverConfig(): string {
  const file = (name: string) => JSON.stringify(join(directory, name));
  const users = ALL_USERS.map((user) => {
    const only = JSON.stringify(subjectOf(user));
    return `    { user: ${JSON.stringify(user)}, permissions: { publish: ${only}, subscribe: [${only}, "_INBOX.>"] } }`;
  });
  return [
    "tls {",
    `  cert_file: ${file("server.pem")}`,
    `  key_file: ${file("server-key.pem")}`,
    `  ca_file: ${file("ca.pem")}`,
    "  verify_and_map: true",
    "}",
    "authorization {",
    "  users = [",
    ...users,
    "  ]",
    "}",
    "",
  ].join("\n");
}

interface WhoisJson {
  mapping: { active: boolean; reason: string | null };
  match: { step: string; users: { name: string }[]; ambiguous: boolean } | null;
  nearestMisses: { user: string; reasons: string[]; write: string | null }[];
}

/** Runs whois in this process, as the command line would. */
async function whoisInProcess(args: string[]): Promise<{ status: number; stdout: string }> {
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
  expect(stderr).toBe("");
  return { status, stdout };
}

async function whois(
  name: string,
  version: string,
  spawn = false,
): Promise<{ status: number; json: WhoisJson }> {
  const args = ["whois", join(directory, `${name}.pem`), "--config", configFile];
  args.push("--server-version", version, "--json");
  const result = spawn ? runCli(args) : await whoisInProcess(args);
  expect(result.status === 0 || result.status === 1, result.stdout).toBe(true);
  return { status: result.status!, json: JSON.parse(result.stdout) as WhoisJson };
}

async function login(name: string): Promise<NatsConnection | Error> {
  try {
    return await connect({
      servers: `127.0.0.1:${server.port}`,
      tls: {
        caFile: join(directory, "ca.pem"),
        certFile: join(directory, `${name}.pem`),
        keyFile: join(directory, `${name}-key.pem`),
      },
      reconnect: false,
      timeout: 5_000,
    });
  } catch (error) {
    return error as Error;
  }
}

/** Returns the user that /connz reports for the only client connection. */
async function connectedUser(): Promise<string> {
  const response = await fetch(`http://127.0.0.1:${server.httpPort}/connz?auth=true`);
  const connz = (await response.json()) as { connections: { authorized_user?: string }[] };
  expect(connz.connections).toHaveLength(1);
  return connz.connections[0]!.authorized_user ?? "";
}

/** True when the connection may subscribe and publish to the user's own subject. */
async function usesPermissionsOf(connection: NatsConnection, user: string): Promise<boolean> {
  const subject = subjectOf(user);
  const subscription = connection.subscribe(subject, { max: 1 });
  const received = (async () => {
    try {
      for await (const message of subscription) return message.subject === subject;
    } catch {
      // A permissions violation ends the subscription with an error.
    }
    return false;
  })();
  connection.publish(subject);
  await connection.flush();
  return Promise.race([received, sleep(2_000).then(() => false)]);
}

describe("whois against nats-server 2.9.10", () => {
  beforeAll(async () => {
    directory = mkdtempSync(join(tmpdir(), "natsconf-whois-"));
    await openssl(
      ["req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"]
        .concat(["-days", "2", "-keyout", "ca-key.pem", "-out", "ca.pem"])
        .concat(["-subj", "/CN=whois test CA"]),
    );
    await Promise.all([
      issue("server", "/CN=localhost", [
        "subjectAltName=DNS:localhost,IP:127.0.0.1",
        "extendedKeyUsage=serverAuth",
      ]),
      ...Object.entries(CASES).map(([name, c]) =>
        issue(name, c.subject, [
          "extendedKeyUsage=clientAuth",
          ...(c.altNames === undefined ? [] : [`subjectAltName=${c.altNames}`]),
        ]),
      ),
    ]);
    configFile = join(directory, "server.conf");
    writeFileSync(configFile, serverConfig());
    server = await startServer(configFile, directory);
  });

  afterAll(async () => {
    await server?.stop();
    rmSync(directory, { recursive: true, force: true });
  });

  test.each(Object.entries(CASES))("%s", async (name, c) => {
    const predicted = await whois(name, "2.9.10", c.spawn === true);
    const predictedUsers = predicted.json.match?.users.map((user) => user.name) ?? [];
    if (c.expected === null) {
      expect(predicted.status).toBe(1);
      expect(predicted.json.match).toBeNull();
      expect(predicted.json.mapping.active).toBe(c.unparseable !== true);
      if (c.unparseable === true)
        expect(predicted.json.mapping.reason).toContain("cannot parse this certificate");
      if (c.write !== undefined)
        expect(predicted.json.nearestMisses[0]?.write, "the name whois suggests").toBe(c.write);
      if (c.missReason !== undefined)
        expect(predicted.json.nearestMisses[0]?.reasons.join(" ")).toContain(c.missReason);
    } else {
      expect(predicted.status).toBe(0);
      expect(predictedUsers).toContain(c.expected);
    }

    const connection = await login(name);
    if (connection instanceof Error) {
      expect(
        predicted.json.match,
        `the server rejected the client: ${connection.message}`,
      ).toBeNull();
      // The server ends the handshake with a bad_certificate alert, or resets the connection.
      if (c.unparseable === true) expect(connection.message).toMatch(/bad certificate|ECONNRESET/);
      else expect(connection.message).toMatch(/authorization violation/i);
      return;
    }
    try {
      expect(predicted.json.match, "the server accepted the client").not.toBeNull();
      const actual = await connectedUser();
      expect(predictedUsers).toContain(actual);
      expect(await usesPermissionsOf(connection, actual), `permissions of ${actual}`).toBe(true);
      if (predictedUsers.length === 1) {
        const others = ALL_USERS.filter((user) => user !== actual);
        expect(await usesPermissionsOf(connection, others[0]!), "permissions of another user").toBe(
          false,
        );
      }
    } finally {
      await connection.close();
    }
  });

  test("equal users are reported as a random pick", async () => {
    const { json } = await whois("equalUsers", "2.9.10");
    expect(json.match?.ambiguous).toBe(true);
    expect(json.match?.users.map((user) => user.name)).toEqual(CASES.equalUsers!.users);
  });

  test("2.14 pairs RDNs one to one, unlike 2.9.10", async () => {
    const old = await whois("repeatedRdn", "2.9.10");
    const current = await whois("repeatedRdn", "2.14", true);
    expect(old.status).toBe(0);
    expect(current.status).toBe(1);
    expect(current.json.match).toBeNull();
  });
});
