// Types shared by the rules that read the files a tls block names. This module
// contains types only, so rules can use it without loading node:crypto.

import type { KeyObject, X509Certificate } from "node:crypto";

/** File-check settings from the command line or .natsconf.json. */
export interface FileCheckSettings {
  /** The server's working directory, which relative paths resolve against. */
  cwd: string;
  /** Warn when a certificate expires within this many days. */
  expiryDays: number;
}

/** Everything the file rules need: the settings, the time to check at and a file reader. */
export interface FileChecks extends FileCheckSettings {
  now: Date;
  reader: TlsFileReader;
}

/** A file that could not be read: missing, a directory, or no permission. */
export interface UnreadableFile {
  status: "unreadable";
  /** Why, such as "does not exist" or "cannot be read (EACCES)". */
  reason: string;
}

/** A file that was read but that nats-server cannot load. */
export interface InvalidFile {
  status: "invalid";
  reason: string;
}

export type CertificateFile =
  | UnreadableFile
  | InvalidFile
  /** The certificates in file order; the first is the one the server presents. */
  | { status: "ok"; certificates: X509Certificate[] };

export type KeyFile = UnreadableFile | InvalidFile | { status: "ok"; key: KeyObject };

export type CaFile =
  | UnreadableFile
  /** Read, but without one certificate that parses; `reason` describes what the file contains. */
  | InvalidFile
  | { status: "ok"; certificates: X509Certificate[] };

/**
 * Reads certificate, key and CA files the way nats-server loads them. Paths
 * are absolute. Implementations cache by path, so that rules reading the same
 * file share one read.
 */
export interface TlsFileReader {
  readCertificates(path: string): CertificateFile;
  readPrivateKey(path: string): KeyFile;
  readCaFile(path: string): CaFile;
}
