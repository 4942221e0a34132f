// Throwaway TLS material for tests, written by scripts/gen-certs.sh.

import { execFile } from "node:child_process";
import { createHash, X509Certificate } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
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
