// Stream and service exports of an account, and whether one of them lets
// another account import a subject (nats-server checkStreamExportApproved,
// checkServiceExportApproved and checkAuth, 2.9.10 to 2.14).

import { locate, type Entry } from "../resolve/values.js";
import type { Span } from "../source.js";
import { blockEntry, type AuthView } from "./auth-config.js";
import { isSubsetMatch } from "./subjects.js";
import { arrayItemsForKey, type BlockInstance } from "./walk.js";

export type ExportKind = "stream" | "service";

export interface AccountExport {
  kind: ExportKind;
  subject: string;
  /** Accounts allowed to import; undefined or empty means every account. */
  accounts: string[] | undefined;
  /**
   * account_token_position when it is positive: the importing account's name must be
   * that token of the imported subject.
   */
  tokenPosition: number | undefined;
  span: Span;
}

function kindEntry(item: BlockInstance): { kind: ExportKind; entry: Entry } | undefined {
  const stream = blockEntry(item, "stream");
  const service = blockEntry(item, "service");
  if ((stream === undefined) === (service === undefined)) return undefined;
  return stream !== undefined
    ? { kind: "stream", entry: stream }
    : { kind: "service", entry: service! };
}

/**
 * Reads the exports of an account block; items the server rejects are left out. The
 * server adds the exports of every spelling of the key, such as exports and Exports.
 */
export function readExports(view: AuthView, account: BlockInstance): AccountExport[] {
  const found: AccountExport[] = [];
  for (const item of arrayItemsForKey(view.blocks, account, "exports")) {
    const kind = kindEntry(item);
    if (kind === undefined || kind.entry.value.type !== "string") continue;
    const accounts = blockEntry(item, "accounts")?.value;
    const position = blockEntry(item, "account_token_position")?.value;
    found.push({
      kind: kind.kind,
      subject: kind.entry.value.value,
      accounts:
        accounts?.type === "array"
          ? accounts.items.flatMap((name) => (name.type === "string" ? [name.value] : []))
          : undefined,
      tokenPosition:
        position?.type === "int64" && position.value > 0n ? Number(position.value) : undefined,
      span: locate(kind.entry.value),
    });
  }
  return found;
}

/**
 * Returns the blocks of the maps in an account's exports or imports arrays, over every
 * spelling of the key: the server adds the items of each (2.9.10 to 2.14).
 */
export function itemsOf(view: AuthView, account: BlockInstance, key: string): BlockInstance[] {
  return arrayItemsForKey(view.blocks, account, key);
}

export type ImportDecision = "allowed" | "denied" | "unknown";

/**
 * Decides one export for an import of `subject`. With account_token_position the server
 * compares that token of the imported subject with the importing account's name, or its
 * public key in operator mode. It has no tokens to compare when the subject equals the
 * export's, and then denies the import (checkAuth, 2.9.10 to 2.14).
 */
function decide(found: AccountExport, importer: string, subject: string): ImportDecision {
  if (found.tokenPosition !== undefined) {
    if (subject === found.subject) return "denied";
    return subject.split(".")[found.tokenPosition - 1] === importer ? "allowed" : "denied";
  }
  if (found.accounts === undefined || found.accounts.length === 0) return "allowed";
  return found.accounts.includes(importer) ? "allowed" : "denied";
}

/**
 * Decides whether `importer` may import `subject` from these exports. An
 * export with the same subject decides alone. Otherwise the server consults
 * the first covering export in random map order, so covering exports that
 * disagree give "unknown".
 */
export function importDecision(
  exports: readonly AccountExport[],
  kind: ExportKind,
  subject: string,
  importer: string,
): ImportDecision {
  const ofKind = exports.filter((found) => found.kind === kind);
  const exact = ofKind.filter((found) => found.subject === subject);
  // The server keeps one export per subject: the last one.
  if (exact.length > 0) return decide(exact[exact.length - 1]!, importer, subject);
  const decisions = new Set(
    ofKind
      .filter((found) => isSubsetMatch(subject, found.subject))
      .map((found) => decide(found, importer, subject)),
  );
  if (decisions.size === 0) return "denied";
  return decisions.size === 1 ? [...decisions][0]! : "unknown";
}

/** An import as the server adds it: the importing and exporting accounts and its subjects. */
export interface AddedImport<T> {
  importer: string;
  exporter: string;
  /** The subject in the importing account: `to`, the prefixed subject, or the subject. */
  local: string;
  /** The subject in the exporting account. */
  remote: string;
  /** The caller's handle, such as the import's block. */
  source: T;
}
