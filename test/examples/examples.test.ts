// Checks the example configs against the real nats-server (Debian's 2.9.10 in CI), with
// certificates from scripts/gen-certs.sh in examples/certs.

import { readdirSync } from "node:fs";
import { join } from "node:path";

import { beforeAll, describe, expect, test } from "vitest";

import { EXAMPLES_DIRECTORY, ensureCertificates, type TestCertificates } from "../support/certs.js";
import { runCli } from "../support/cli.js";
import { login, type LoginOptions } from "../support/nats-client.js";
import { checkConfig, startServer, type RunningServer } from "../support/nats-server.js";

const VALID_EXAMPLES = ["tls-verify.conf", "tls-map-email.conf", "tls-map-dn.conf"];

// What `nats-server -t` makes of each broken example. Most of them are accepted, because
// they show mistakes that nats-server does not report and natsconf does.
const BROKEN_EXAMPLES: {
  file: string;
  acceptedByServer: boolean;
  serverErrors: RegExp[];
  /** The rules natsconf lint reports, in report order. */
  rules: string[];
  /** natsconf lint's exit code: 1 with errors, 0 with warnings only. */
  lintExit: number;
}[] = [
  {
    file: "verify-false-with-map.conf",
    acceptedByServer: true,
    serverErrors: [],
    rules: ["tls-verify-false-with-map"],
    lintExit: 1,
  },
  {
    file: "verify-redundant-with-map.conf",
    acceptedByServer: true,
    serverErrors: [],
    rules: ["tls-verify-redundant-with-map"],
    lintExit: 0,
  },
  {
    file: "cert-user-without-mapping.conf",
    acceptedByServer: true,
    serverErrors: [],
    rules: ["cert-user-without-mapping", "passwordless-cert-user"],
    lintExit: 1,
  },
  {
    file: "duplicate-key.conf",
    acceptedByServer: true,
    serverErrors: [],
    rules: ["duplicate-key"],
    lintExit: 0,
  },
  {
    file: "unknown-keys.conf",
    acceptedByServer: false,
    rules: [
      "unknown-key",
      "tls-cert-key-pair",
      "unknown-key",
      "unknown-key",
      "passwordless-user",
      "unknown-key",
    ],
    lintExit: 1,
    // nats-server stops at the first unknown key of a tls block, and which key comes first
    // changes from run to run. Keys of other blocks are all reported.
    serverErrors: [
      /unknown-keys\.conf:(16:3: error parsing tls config, unknown field \["cert_fil"\]|19:3: error parsing tls config, unknown field \["verfy"\])/,
      /unknown-keys\.conf:23:3: unknown field "timout"/,
      /unknown-keys\.conf:25:24: unknown field "passwd"/,
    ],
  },
];

let certificates: TestCertificates;

beforeAll(async () => {
  certificates = await ensureCertificates();
});

describe("example list", () => {
  test("covers every example file", () => {
    const valid = readdirSync(EXAMPLES_DIRECTORY).filter((name) => name.endsWith(".conf"));
    const broken = readdirSync(join(EXAMPLES_DIRECTORY, "broken")).filter((name) =>
      name.endsWith(".conf"),
    );
    expect(valid.sort()).toEqual([...VALID_EXAMPLES].sort());
    expect(broken.sort()).toEqual(BROKEN_EXAMPLES.map((example) => example.file).sort());
  });
});

describe("nats-server -t on valid examples", () => {
  test.each(VALID_EXAMPLES)("%s is valid", (file) => {
    const result = checkConfig(file, EXAMPLES_DIRECTORY);
    expect(result.output).toContain(`configuration file ${file} is valid`);
    expect(result.ok).toBe(true);
  });
});

describe("natsconf lint on the examples", () => {
  test.each(VALID_EXAMPLES)("%s has no problems", (file) => {
    const result = runCli(["lint", file], { cwd: EXAMPLES_DIRECTORY });
    expect(result.stdout).toContain("No problems in 1 file");
    expect(result.status).toBe(0);
  });

  test.each(BROKEN_EXAMPLES)("$file reports its rules", ({ file, rules, lintExit }) => {
    const result = runCli(["lint", join("broken", file)], { cwd: EXAMPLES_DIRECTORY });
    const reported = [...result.stdout.matchAll(/^\S+:\d+:\d+: \w+ \[([a-z0-9/-]+)\]/gm)].map(
      (match) => match[1],
    );
    expect(reported).toEqual(rules);
    expect(result.status).toBe(lintExit);
  });
});

describe("nats-server -t on broken examples", () => {
  test.each(BROKEN_EXAMPLES.filter((example) => example.acceptedByServer))(
    "$file is accepted",
    ({ file }) => {
      const path = join("broken", file);
      const result = checkConfig(path, EXAMPLES_DIRECTORY);
      expect(result.output).toContain(`configuration file ${path} is valid`);
      expect(result.ok).toBe(true);
    },
  );

  test.each(BROKEN_EXAMPLES.filter((example) => !example.acceptedByServer))(
    "$file is rejected",
    ({ file, serverErrors }) => {
      const result = checkConfig(join("broken", file), EXAMPLES_DIRECTORY);
      expect(result.ok).toBe(false);
      for (const error of serverErrors) expect(result.output).toMatch(error);
    },
  );
});

/** Starts `config` from examples/, runs `check` and stops the server even when `check` fails. */
async function withServer(
  config: string,
  check: (server: RunningServer) => Promise<void>,
): Promise<void> {
  const server = await startServer(config, EXAMPLES_DIRECTORY);
  try {
    await check(server);
  } finally {
    await server.stop();
  }
}

async function fetchMonitoring(server: RunningServer, path: string): Promise<unknown> {
  const response = await fetch(`http://127.0.0.1:${server.httpPort}${path}`);
  expect(response.status).toBe(200);
  return response.json();
}

describe("valid examples on a running nats-server", () => {
  const serverNames: Record<string, string> = {
    "tls-verify.conf": "orders-tls-verify",
    "tls-map-email.conf": "orders-tls-map-email",
    "tls-map-dn.conf": "engineering-tls-map-dn",
  };

  test.each(VALID_EXAMPLES)("%s starts with client TLS verification", async (file) => {
    await withServer(file, async (server) => {
      const varz = (await fetchMonitoring(server, "/varz")) as Record<string, unknown>;
      expect(varz["server_name"]).toBe(serverNames[file]);
      expect(varz["tls_required"]).toBe(true);
      expect(varz["tls_verify"]).toBe(true);
    });
  });
});

type ClientCertificate = "email" | "dn" | "none";

interface LoginCase {
  config: string;
  name: string;
  certificate: ClientCertificate;
  user?: string;
  password?: string;
  /** User and account that /connz reports for the connection, or why the login fails. */
  expected: { user: string; account: string } | { rejection: RegExp };
}

const AUTH_REJECTED = { rejection: /^-ERR 'Authorization Violation'$/ };

const LOGIN_CASES: LoginCase[] = [
  {
    config: "tls-verify.conf",
    name: "password user with certificate",
    certificate: "email",
    user: "order-api",
    password: "order-api-example-password",
    expected: { user: "order-api", account: "ORDERS" },
  },
  {
    config: "tls-verify.conf",
    name: "wrong password",
    certificate: "email",
    user: "order-api",
    password: "wrong-password",
    expected: AUTH_REJECTED,
  },
  {
    config: "tls-verify.conf",
    name: "password user without certificate",
    certificate: "none",
    user: "order-api",
    password: "order-api-example-password",
    // nats-server 2.9.10 ends the TLS handshake with a "bad certificate" alert. TLS 1.3 also
    // defines a "certificate required" alert for this case.
    expected: { rejection: /bad certificate|certificate required/ },
  },
  {
    config: "tls-map-email.conf",
    name: "email SAN certificate",
    certificate: "email",
    expected: { user: "alice@example.com", account: "ORDERS" },
  },
  {
    config: "tls-map-email.conf",
    name: "certificate without a user",
    certificate: "dn",
    expected: AUTH_REJECTED,
  },
  {
    config: "tls-map-dn.conf",
    name: "subject DN certificate",
    certificate: "dn",
    // The server names the user as the config writes it.
    expected: { user: "CN=alice, OU=Engineering, O=Example", account: "ENGINEERING" },
  },
  {
    config: "tls-map-dn.conf",
    name: "certificate without a user",
    certificate: "email",
    expected: AUTH_REJECTED,
  },
  {
    // Without verify_and_map, a client with any valid certificate logs in as a password-less
    // email user. The rules cert-user-without-mapping and passwordless-cert-user report this.
    config: "broken/cert-user-without-mapping.conf",
    name: "other certificate with email user name",
    certificate: "dn",
    user: "alice@example.com",
    expected: { user: "alice@example.com", account: "ORDERS" },
  },
];

function clientCertificateFiles(
  certificate: ClientCertificate,
): Pick<LoginOptions, "certFile" | "keyFile"> {
  switch (certificate) {
    case "email":
      return { certFile: certificates.aliceEmailCert, keyFile: certificates.aliceEmailKey };
    case "dn":
      return { certFile: certificates.aliceDnCert, keyFile: certificates.aliceDnKey };
    case "none":
      return {};
  }
}

describe("logins to examples", () => {
  test.each(LOGIN_CASES)("$config: $name", async (loginCase) => {
    await withServer(loginCase.config, async (server) => {
      const result = await login({
        port: server.port,
        caFile: certificates.caCert,
        ...clientCertificateFiles(loginCase.certificate),
        ...(loginCase.user !== undefined ? { user: loginCase.user } : {}),
        ...(loginCase.password !== undefined ? { password: loginCase.password } : {}),
      });
      try {
        if ("rejection" in loginCase.expected) {
          expect(result.ok, result.reply).toBe(false);
          expect(result.reply).toMatch(loginCase.expected.rejection);
          return;
        }
        expect(result.ok, result.reply).toBe(true);
        const connz = (await fetchMonitoring(server, "/connz?auth=true")) as {
          connections: { authorized_user?: string; account?: string }[];
        };
        expect(connz.connections).toHaveLength(1);
        expect(connz.connections[0]?.authorized_user).toBe(loginCase.expected.user);
        expect(connz.connections[0]?.account).toBe(loginCase.expected.account);
      } finally {
        result.close();
      }
    });
  });
});
