// Throwaway TLS material for tests, written by scripts/gen-certs.sh.

import { execFile } from "node:child_process";
import { createHash, X509Certificate } from "node:crypto";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { promisify } from "node:util";

import { REPOSITORY_ROOT } from "./corpus.js";

const execFileAsync = promisify(execFile);

export const GEN_CERTS_SCRIPT = join(REPOSITORY_ROOT, "scripts", "gen-certs.sh");
export const EXAMPLES_DIRECTORY = join(REPOSITORY_ROOT, "examples");
/** Where the example configs expect their certificates (git-ignored). */
export const EXAMPLE_CERTS_DIRECTORY = join(EXAMPLES_DIRECTORY, "certs");

/** Absolute paths of the files that scripts/gen-certs.sh writes. */
export interface TestCertificates {
  directory: string;
  caCert: string;
  serverCert: string;
  serverKey: string;
  /** Client certificate with the SAN email:alice@example.com. */
  aliceEmailCert: string;
  aliceEmailKey: string;
  /** Client certificate with the subject CN=alice,OU=Engineering,O=Example and no SAN. */
  aliceDnCert: string;
  aliceDnKey: string;
}

// Written after a successful run. It contains the SHA-256 of the script that made the set.
const STAMP_FILE = ".generated";
const LOCK_DIRECTORY = ".lock";
const LOCK_TIMEOUT_MS = 60_000;
// A lock this old was left behind by a crashed process, because the script takes well under
// a second.
const STALE_LOCK_MS = 30_000;
// A set that expires sooner than this is regenerated, so that no test meets an expired one.
const MIN_REMAINING_VALIDITY_MS = 60 * 60 * 1000;

const pending = new Map<string, Promise<TestCertificates>>();

/**
 * Runs scripts/gen-certs.sh into `directory` unless it already contains a complete set made by
 * the current script that stays valid for another hour, and returns the paths.
 *
 * So the script runs at most once per test run: later calls, in this or another vitest worker
 * process, reuse the set. A lock directory inside `directory` keeps concurrent workers from
 * writing at the same time. Fails with the script's output when it fails.
 */
export function ensureCertificates(
  directory: string = EXAMPLE_CERTS_DIRECTORY,
): Promise<TestCertificates> {
  const absolute = resolve(directory);
  let promise = pending.get(absolute);
  if (promise === undefined) {
    promise = withLock(join(absolute, LOCK_DIRECTORY), () => generateIfStale(absolute));
    pending.set(absolute, promise);
    // A failed attempt is not cached, so a later call can try again.
    promise.catch(() => pending.delete(absolute));
  }
  return promise;
}

function certificatePaths(directory: string): TestCertificates {
  return {
    directory,
    caCert: join(directory, "ca-cert.pem"),
    serverCert: join(directory, "server-cert.pem"),
    serverKey: join(directory, "server-key.pem"),
    aliceEmailCert: join(directory, "alice-email-cert.pem"),
    aliceEmailKey: join(directory, "alice-email-key.pem"),
    aliceDnCert: join(directory, "alice-dn-cert.pem"),
    aliceDnKey: join(directory, "alice-dn-key.pem"),
  };
}

async function generateIfStale(directory: string): Promise<TestCertificates> {
  const paths = certificatePaths(directory);
  const scriptHash = createHash("sha256").update(readFileSync(GEN_CERTS_SCRIPT)).digest("hex");
  if (isUsable(paths, scriptHash)) return paths;

  rmSync(join(directory, STAMP_FILE), { force: true });
  try {
    await execFileAsync("sh", [GEN_CERTS_SCRIPT, directory], { timeout: 60_000 });
  } catch (error) {
    const { stderr, message } = error as { stderr?: string; message: string };
    throw new Error(
      `scripts/gen-certs.sh failed to write certificates into ${directory}: ` +
        `${stderr?.trim() || message}\nThe script needs openssl on PATH ` +
        "(on Debian or Ubuntu: apt-get install -y openssl).",
    );
  }
  writeFileSync(join(directory, STAMP_FILE), `${scriptHash}\n`);
  return paths;
}

function isUsable(paths: TestCertificates, scriptHash: string): boolean {
  const stamp = join(paths.directory, STAMP_FILE);
  if (!existsSync(stamp) || readFileSync(stamp, "utf8").trim() !== scriptHash) return false;

  const certificates = [paths.caCert, paths.serverCert, paths.aliceEmailCert, paths.aliceDnCert];
  const keys = [paths.serverKey, paths.aliceEmailKey, paths.aliceDnKey];
  for (const file of [...certificates, ...keys]) {
    if (!existsSync(file)) return false;
  }
  for (const file of certificates) {
    const validTo = Date.parse(new X509Certificate(readFileSync(file)).validTo);
    if (Number.isNaN(validTo) || validTo - Date.now() < MIN_REMAINING_VALIDITY_MS) return false;
  }
  return true;
}

/** Runs `action` while holding a lock made by creating `lockPath`, which mkdir does atomically. */
async function withLock<T>(lockPath: string, action: () => Promise<T>): Promise<T> {
  mkdirSync(resolve(lockPath, ".."), { recursive: true });
  const deadline = Date.now() + LOCK_TIMEOUT_MS;
  for (;;) {
    try {
      mkdirSync(lockPath);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    if (lockAgeMs(lockPath) > STALE_LOCK_MS) {
      rmSync(lockPath, { recursive: true, force: true });
      continue;
    }
    if (Date.now() > deadline) {
      throw new Error(
        `Timed out after ${LOCK_TIMEOUT_MS} ms waiting for the lock ${lockPath}. ` +
          "Remove it if no test run is writing certificates.",
      );
    }
    await sleep(50);
  }
  try {
    return await action();
  } finally {
    rmSync(lockPath, { recursive: true, force: true });
  }
}

function lockAgeMs(lockPath: string): number {
  try {
    return Date.now() - statSync(lockPath).mtimeMs;
  } catch {
    // Released between the failed mkdir and this check.
    return 0;
  }
}

/**
 * Absolute paths of certificate files for the --check-files rules, made by
 * makeFileCheckCertificates. Unless the name says otherwise, certificates are
 * issued by `ca` for `leafKey`, valid for ten years, with the extended key
 * usages serverAuth and clientAuth.
 */
export interface FileCheckCertificates {
  directory: string;
  ca: string;
  /** A second CA, which issued `wrongCa`. */
  otherCa: string;
  good: string;
  leafKey: string;
  /** A key that belongs to no certificate here. */
  otherKey: string;
  /** Expired a year ago. */
  expired: string;
  /** Valid from 2099. */
  notYetValid: string;
  /** Expires in five days. */
  expiresSoon: string;
  wrongCa: string;
  /** Extended key usage clientAuth only. */
  clientOnly: string;
  /** Extended key usage serverAuth only. */
  serverOnly: string;
  /** A CA file that contains only a private key. */
  keyOnlyCa: string;
  /** A CERTIFICATE block whose body is not base64. */
  garbagePem: string;
  /** A text file without PEM blocks. */
  notPem: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Formats a time as the GeneralizedTime that `openssl ca -startdate` takes. */
function opensslTime(milliseconds: number): string {
  return new Date(milliseconds).toISOString().replace(/[-:T]/g, "").slice(0, 14) + "Z";
}

async function openssl(args: string[], directory: string): Promise<void> {
  try {
    await execFileAsync("openssl", args, { cwd: directory, timeout: 60_000 });
  } catch (error) {
    const { stderr, message } = error as { stderr?: string; message: string };
    throw new Error(
      `openssl ${args.join(" ")} failed: ${stderr?.trim() || message}\n` +
        "The tests need openssl on PATH (on Debian or Ubuntu: apt-get install -y openssl).",
    );
  }
}

/**
 * Writes a CA and certificates with the problems that the --check-files rules
 * report into `directory`, with openssl. Keys are P-256 and stay in
 * `directory`, which callers make under the system's temporary folder.
 */
export async function makeFileCheckCertificates(directory: string): Promise<FileCheckCertificates> {
  mkdirSync(join(directory, "issued"), { recursive: true, mode: 0o700 });
  const file = (name: string) => join(directory, name);
  const paths: FileCheckCertificates = {
    directory,
    ca: file("ca.pem"),
    otherCa: file("other-ca.pem"),
    good: file("good.pem"),
    leafKey: file("leaf-key.pem"),
    otherKey: file("other-key.pem"),
    expired: file("expired.pem"),
    notYetValid: file("not-yet-valid.pem"),
    expiresSoon: file("expires-soon.pem"),
    wrongCa: file("wrong-ca.pem"),
    clientOnly: file("client-only.pem"),
    serverOnly: file("server-only.pem"),
    keyOnlyCa: file("key-only-ca.pem"),
    garbagePem: file("garbage.pem"),
    notPem: file("not-pem.txt"),
  };
  const newKey = (path: string) =>
    openssl(
      ["genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256", "-out", path],
      directory,
    );
  for (const key of ["ca-key.pem", "other-ca-key.pem", "leaf-key.pem", "other-key.pem"])
    await newKey(file(key));

  for (const [cert, key, name] of [
    [paths.ca, "ca-key.pem", "natsconf file-check test CA"],
    [paths.otherCa, "other-ca-key.pem", "natsconf other test CA"],
  ] as const) {
    await openssl(
      [
        "req",
        "-x509",
        "-new",
        "-key",
        file(key),
        "-days",
        "3650",
        "-sha256",
        "-subj",
        `/CN=${name}`,
        "-addext",
        "basicConstraints=critical,CA:TRUE",
        "-addext",
        "keyUsage=critical,keyCertSign,cRLSign",
        "-out",
        cert,
      ],
      directory,
    );
  }

  writeFileSync(
    file("ca.cnf"),
    [
      "[ca]",
      "default_ca = test",
      "[test]",
      `database = ${file("index.txt")}`,
      `new_certs_dir = ${file("issued")}`,
      `serial = ${file("serial")}`,
      "default_md = sha256",
      "policy = any",
      "unique_subject = no",
      "[any]",
      "commonName = supplied",
      "",
    ].join("\n"),
  );
  writeFileSync(file("index.txt"), "");
  writeFileSync(file("serial"), "1000\n");
  await openssl(
    ["req", "-new", "-key", paths.leafKey, "-subj", "/CN=localhost", "-out", file("leaf.csr")],
    directory,
  );

  const now = Date.now();
  const sign = async (
    out: string,
    options: { from?: number; to?: number; usage?: string; caCert?: string; caKey?: string },
  ) => {
    const extensions = file("leaf.ext");
    writeFileSync(
      extensions,
      [
        "basicConstraints = critical,CA:FALSE",
        "keyUsage = critical,digitalSignature",
        `extendedKeyUsage = ${options.usage ?? "serverAuth,clientAuth"}`,
        "subjectAltName = DNS:localhost,IP:127.0.0.1",
        "",
      ].join("\n"),
    );
    await openssl(
      [
        "ca",
        "-batch",
        "-notext",
        "-config",
        file("ca.cnf"),
        "-cert",
        options.caCert ?? paths.ca,
        "-keyfile",
        options.caKey ?? file("ca-key.pem"),
        "-in",
        file("leaf.csr"),
        "-out",
        out,
        "-extfile",
        extensions,
        "-startdate",
        opensslTime(options.from ?? now - DAY_MS),
        "-enddate",
        opensslTime(options.to ?? now + 3650 * DAY_MS),
      ],
      directory,
    );
  };
  await sign(paths.good, {});
  await sign(paths.expired, { from: now - 400 * DAY_MS, to: now - 365 * DAY_MS });
  await sign(paths.notYetValid, {
    from: Date.parse("2099-01-01T00:00:00Z"),
    to: Date.parse("2100-01-01T00:00:00Z"),
  });
  await sign(paths.expiresSoon, { to: now + 5 * DAY_MS });
  await sign(paths.wrongCa, { caCert: paths.otherCa, caKey: file("other-ca-key.pem") });
  await sign(paths.clientOnly, { usage: "clientAuth" });
  await sign(paths.serverOnly, { usage: "serverAuth" });

  writeFileSync(paths.keyOnlyCa, readFileSync(paths.otherKey));
  writeFileSync(
    paths.garbagePem,
    "-----BEGIN CERTIFICATE-----\nnot base64 at all!\n-----END CERTIFICATE-----\n",
  );
  writeFileSync(paths.notPem, "this file holds no PEM data\n");
  return paths;
}

let sharedFileCheckCertificates: Promise<FileCheckCertificates> | undefined;

/**
 * Returns one set of makeFileCheckCertificates per test process, in a
 * temporary folder that is removed when the process exits.
 */
export function fileCheckCertificates(): Promise<FileCheckCertificates> {
  if (sharedFileCheckCertificates === undefined) {
    const directory = mkdtempSync(join(tmpdir(), "natsconf-file-checks-"));
    process.on("exit", () => rmSync(directory, { recursive: true, force: true }));
    sharedFileCheckCertificates = makeFileCheckCertificates(directory);
  }
  return sharedFileCheckCertificates;
}
