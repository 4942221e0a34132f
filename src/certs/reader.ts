// Loads certificate, key and CA files with node:crypto, following what
// nats-server 2.9.10 to 2.14 accept: tls.LoadX509KeyPair for cert_file and
// key_file, x509.CertPool.AppendCertsFromPEM for ca_file. The CLI imports this
// module only when file checks are on.

import { createPrivateKey, X509Certificate, type KeyObject } from "node:crypto";
import { readFileSync } from "node:fs";

import { splitPem } from "./pem.js";
import type { CaFile, CertificateFile, KeyFile, TlsFileReader, UnreadableFile } from "./types.js";

type Read = { ok: true; data: Buffer } | ({ ok: false } & UnreadableFile);

// The largest file read; certificate files are a few kilobytes.
const MAX_FILE_BYTES = 16 << 20;

function readFile(path: string): Read {
  try {
    const data = readFileSync(path);
    if (data.length > MAX_FILE_BYTES) {
      return { ok: false, status: "unreadable", reason: "is larger than 16 MiB" };
    }
    return { ok: true, data };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === "ENOENT"
        ? "does not exist"
        : code === "EISDIR"
          ? "is a directory"
          : code === "ENOTDIR"
            ? "does not exist (a part of the path is not a directory)"
            : `cannot be read (${code ?? "unknown error"})`;
    return { ok: false, status: "unreadable", reason };
  }
}

function parseCertificate(der: Buffer): X509Certificate | undefined {
  try {
    return new X509Certificate(der);
  } catch {
    return undefined;
  }
}

/** Key types that Go's crypto/tls can use, and the named curves it supports. */
const GO_KEY_TYPES = new Set(["rsa", "ec", "ed25519"]);
const GO_CURVES = new Set(["prime256v1", "secp384r1", "secp521r1", "secp224r1"]);

/**
 * Parses a DER private key as PKCS #1, then PKCS #8, then SEC 1, whatever the
 * PEM label, as Go does.
 */
function parsePrivateKey(der: Buffer): KeyObject | undefined {
  for (const type of ["pkcs1", "pkcs8", "sec1"] as const) {
    let key: KeyObject;
    try {
      key = createPrivateKey({ key: der, format: "der", type });
    } catch {
      continue;
    }
    if (!GO_KEY_TYPES.has(key.asymmetricKeyType ?? "")) return undefined;
    const curve = key.asymmetricKeyDetails?.namedCurve;
    if (key.asymmetricKeyType === "ec" && (curve === undefined || !GO_CURVES.has(curve)))
      return undefined;
    return key;
  }
  return undefined;
}

function readCertificates(path: string): CertificateFile {
  const read = readFile(path);
  if (!read.ok) return read;
  const blocks = splitPem(read.data.toString("latin1"));
  const certificates = blocks.filter((block) => block.type === "CERTIFICATE");
  if (certificates.length === 0) {
    const hasKey = blocks.some((block) => block.type.endsWith("PRIVATE KEY"));
    return {
      status: "invalid",
      reason: hasKey
        ? "contains a private key but no certificate; cert_file and key_file may be swapped"
        : "contains no PEM CERTIFICATE block",
    };
  }
  // Go parses only the first certificate when it loads the pair and sends the
  // others to peers unparsed. A later one that does not parse is dropped here.
  const leaf = parseCertificate(certificates[0]!.der);
  if (leaf === undefined) {
    return { status: "invalid", reason: "has a first certificate that does not parse" };
  }
  const rest = certificates.slice(1).map((block) => parseCertificate(block.der));
  return {
    status: "ok",
    certificates: [leaf, ...rest.filter((cert): cert is X509Certificate => cert !== undefined)],
  };
}

function readPrivateKey(path: string): KeyFile {
  const read = readFile(path);
  if (!read.ok) return read;
  const blocks = splitPem(read.data.toString("latin1"));
  const block = blocks.find((b) => b.type === "PRIVATE KEY" || b.type.endsWith(" PRIVATE KEY"));
  if (block === undefined) {
    const hasCertificate = blocks.some((b) => b.type === "CERTIFICATE");
    return {
      status: "invalid",
      reason: hasCertificate
        ? "contains a certificate but no private key; cert_file and key_file may be swapped"
        : "contains no PEM PRIVATE KEY block",
    };
  }
  if (block.hasHeaders || block.type === "ENCRYPTED PRIVATE KEY") {
    return {
      status: "invalid",
      reason: "contains an encrypted private key, which nats-server cannot use",
    };
  }
  const key = parsePrivateKey(block.der);
  if (key === undefined) {
    return {
      status: "invalid",
      reason: "contains a private key that does not parse as an RSA, ECDSA or Ed25519 key",
    };
  }
  return { status: "ok", key };
}

function readCaFile(path: string): CaFile {
  const read = readFile(path);
  if (!read.ok) return read;
  const blocks = splitPem(read.data.toString("latin1"));
  // Go's CertPool skips blocks of other types, blocks with headers and certificates that do not parse.
  const certificates = blocks
    .filter((block) => block.type === "CERTIFICATE" && !block.hasHeaders)
    .map((block) => parseCertificate(block.der))
    .filter((cert): cert is X509Certificate => cert !== undefined);
  if (certificates.length > 0) return { status: "ok", certificates };
  let reason = "contains no PEM block";
  if (blocks.some((block) => block.type === "CERTIFICATE"))
    reason = "contains CERTIFICATE blocks, but none parses";
  else if (blocks.some((block) => block.type.endsWith("PRIVATE KEY")))
    reason = "contains a private key but no certificate";
  else if (blocks.length > 0) reason = `contains no certificate, only ${blocks[0]!.type} blocks`;
  return { status: "invalid", reason };
}

/** Returns a reader that loads each file once. */
export function createTlsFileReader(): TlsFileReader {
  const certificates = new Map<string, CertificateFile>();
  const keys = new Map<string, KeyFile>();
  const cas = new Map<string, CaFile>();
  const cached = <T>(cache: Map<string, T>, path: string, load: (path: string) => T): T => {
    let result = cache.get(path);
    if (result === undefined) {
      result = load(path);
      cache.set(path, result);
    }
    return result;
  };
  return {
    readCertificates: (path) => cached(certificates, path, readCertificates),
    readPrivateKey: (path) => cached(keys, path, readPrivateKey),
    readCaFile: (path) => cached(cas, path, readCaFile),
  };
}
