// The files that tls blocks and the operator option name, with their paths
// resolved the way nats-server resolves them: relative to its working
// directory, not to the config file.

import type { X509Certificate } from "node:crypto";
import { readFileSync } from "node:fs";
import { isAbsolute, resolve } from "node:path";

import { topLevel } from "../model/auth-config.js";
import { JWT_PREFIX } from "../model/jwt.js";
import { tlsEntryIn, tlsPath, type TlsBlock } from "../model/tls.js";
import { entriesFor, entryFor } from "../model/walk.js";
import { locate, type Entry, type Value } from "../resolve/values.js";
import type { Span } from "../source.js";
import { isAtLeast } from "../target/version.js";
import { getBlock } from "../schema/index.js";
import type { RuleContext } from "../rules/types.js";
import type { FileChecks, UnreadableFile } from "./types.js";

export interface NamedFile {
  /** The entry that names the file; findings point at it. */
  entry: Entry;
  /** The entry's location, such as `cluster.tls.cert_file` or `tls.certs[1].key_file`. */
  label: string;
  /** The path as written in the config. */
  written: string;
  /** The absolute path that the server opens. */
  path: string;
}

export interface CertKeyPair {
  cert: NamedFile;
  key: NamedFile;
}

export interface BlockFiles {
  block: TlsBlock;
  /** The certificate and key pairs that the server loads: cert_file and key_file, or each certs entry. */
  pairs: CertKeyPair[];
  ca: NamedFile | undefined;
}

const CERT_PAIR = getBlock("tls-cert-pair");

function pathOf(entry: Entry | undefined): string | undefined {
  return entry?.value.type === "string" && entry.value.value !== "" ? entry.value.value : undefined;
}

function namedFile(entry: Entry, label: string, cwd: string): NamedFile {
  const written = pathOf(entry)!;
  return { entry, label, written, path: isAbsolute(written) ? written : resolve(cwd, written) };
}

/**
 * Returns the pairs that GenTLSConfig loads, in its order of precedence:
 * cert_file with key_file; nothing when cert_store is set; else each certs
 * entry. A half pair or a conflict is left to tls-cert-key-pair, because the
 * server rejects those before it opens a file.
 */
function pairsOf(context: RuleContext, block: TlsBlock, cwd: string): CertKeyPair[] {
  const path = tlsPath(block);
  const cert = tlsEntryIn(block, "cert_file", context.target);
  const key = tlsEntryIn(block, "key_file", context.target);
  const store = tlsEntryIn(block, "cert_store", context.target);
  if (pathOf(cert) !== undefined || pathOf(key) !== undefined || pathOf(store) !== undefined) {
    if (pathOf(cert) === undefined || pathOf(key) === undefined || pathOf(store) !== undefined)
      return [];
    return [
      {
        cert: namedFile(cert!, `${path}.${cert!.key}`, cwd),
        key: namedFile(key!, `${path}.${key!.key}`, cwd),
      },
    ];
  }
  const certs = tlsEntryIn(block, "certs", context.target);
  if (certs?.value.type !== "array") return [];
  const pairs: CertKeyPair[] = [];
  certs.value.items.forEach((item, index) => {
    if (item.type !== "map") return;
    const itemCert = entryFor(CERT_PAIR, item, "cert_file");
    const itemKey = entryFor(CERT_PAIR, item, "key_file");
    if (pathOf(itemCert) === undefined || pathOf(itemKey) === undefined) return;
    const prefix = `${path}.${certs.key}[${index}]`;
    pairs.push({
      cert: namedFile(itemCert!, `${prefix}.cert_file`, cwd),
      key: namedFile(itemKey!, `${prefix}.key_file`, cwd),
    });
  });
  return pairs;
}

/** Returns the files of every tls block, or undefined when file checks are off. */
export function filesOfBlocks(
  context: RuleContext,
): { files: FileChecks; blocks: BlockFiles[] } | undefined {
  const files = context.files;
  if (files === undefined) return undefined;
  const blocks = context.tlsBlocks.map((block) => {
    const ca = tlsEntryIn(block, "ca_file", context.target);
    return {
      block,
      pairs: pairsOf(context, block, files.cwd),
      ca:
        pathOf(ca) === undefined
          ? undefined
          : namedFile(ca!, `${tlsPath(block)}.${ca!.key}`, files.cwd),
    };
  });
  return { files, blocks };
}

/** Returns `written`, with the resolved path in brackets when the two differ. */
export function describePath(file: Pick<NamedFile, "written" | "path">): string {
  return file.written === file.path ? `"${file.written}"` : `"${file.written}" (${file.path})`;
}

/** Returns the certificates that a pair loads, or [] when its files do not load. */
export function loadedCertificates(files: FileChecks, pair: CertKeyPair): X509Certificate[] {
  const read = files.reader.readCertificates(pair.cert.path);
  return read.status === "ok" ? read.certificates : [];
}

/** Returns every certificate that a block's cert files and ca_file load, with the entry naming it. */
export function certificatesOfBlock(
  files: FileChecks,
  blockFiles: BlockFiles,
): { file: NamedFile; certificate: X509Certificate }[] {
  const found: { file: NamedFile; certificate: X509Certificate }[] = [];
  for (const pair of blockFiles.pairs) {
    for (const certificate of loadedCertificates(files, pair))
      found.push({ file: pair.cert, certificate });
  }
  if (blockFiles.ca !== undefined) {
    const read = files.reader.readCaFile(blockFiles.ca.path);
    if (read.status === "ok") {
      for (const certificate of read.certificates) found.push({ file: blockFiles.ca, certificate });
    }
  }
  return found;
}

/** A file that an operator entry names, as nats-server reads operator JWTs. */
export interface OperatorFile {
  /** The string that names the file; findings point at it. */
  span: Span;
  /** The entry's location, such as `operator` or `operators[1]`. */
  label: string;
  written: string;
  path: string;
}

/**
 * Returns the operator JWT files of the config, or undefined when file checks
 * are off. nats-server reads each operator string as a file path first and,
 * when that fails, as an inline JWT if it starts with "eyJ" (readOperatorJWT,
 * 2.9.10 to 2.14). Strings with that prefix count as inline JWTs here, and an
 * empty string is operator-config-invalid's finding.
 */
export function operatorFiles(
  context: RuleContext,
): { files: FileChecks; operators: OperatorFile[] } | undefined {
  const files = context.files;
  if (files === undefined) return undefined;
  const top = topLevel(context);
  const operators: OperatorFile[] = [];
  for (const entry of entriesFor(top.spec, top.map, "operator")) {
    // Before 2.10.21 the server rejects an array; value-type reports it.
    if (entry.value.type === "array" && !isAtLeast(context.target, "2.10.21")) continue;
    const items: Value[] = entry.value.type === "array" ? entry.value.items : [entry.value];
    items.forEach((item, index) => {
      if (item.type !== "string" || item.value === "" || item.value.startsWith(JWT_PREFIX)) return;
      const written = item.value;
      operators.push({
        span: locate(item),
        label: entry.value.type === "array" ? `${entry.key}[${index}]` : entry.key,
        written,
        path: isAbsolute(written) ? written : resolve(files.cwd, written),
      });
    });
  }
  return { files, operators };
}

// The largest operator JWT file read, as for certificate files; nsc writes a
// few kilobytes.
const MAX_JWT_FILE_BYTES = 16 << 20;

/** Reads an operator JWT file, or returns why it cannot be read, in tls-file-missing's words. */
export function readOperatorFile(path: string): { text: string } | UnreadableFile {
  try {
    const data = readFileSync(path);
    if (data.length > MAX_JWT_FILE_BYTES) {
      return { status: "unreadable", reason: "is larger than 16 MiB" };
    }
    return { text: data.toString("utf8") };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return { status: "unreadable", reason: "does not exist" };
    if (code === "EISDIR") return { status: "unreadable", reason: "is a directory" };
    if (code === "ENOTDIR") {
      return {
        status: "unreadable",
        reason: "does not exist (a part of the path is not a directory)",
      };
    }
    return { status: "unreadable", reason: `cannot be read (${code ?? "unknown error"})` };
  }
}
