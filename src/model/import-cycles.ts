// Simulates nats-server's check for import cycles between accounts over many
// starts, because its outcome depends on Go's random map order.
//
// The server adds imports account by account, in the order in which it ranges
// over the accounts map, and checks each import before adding it: stream
// imports with checkStreamImportsForCycles, service imports with
// checkServiceImportsForCycles. The service walk also ranges over a map, the
// account's service imports. Until 2.12.5 both walks narrow the subject they
// follow for every later import of the same account, not only for the one
// that narrowed it; 2.12.6 made them narrow a copy (read in the 2.9.10, 2.12.5,
// 2.12.6 and 2.14.5 sources).

import type { AddedImport, ExportKind } from "./auth-exports.js";
import { isSubsetMatch, subjectsCollide } from "./subjects.js";

/** The outcome of the simulated starts for one kind of import. */
export interface CycleVerdict<T> {
  /** The imports the server rejects in the first start that finds a cycle. */
  cycles: AddedImport<T>[];
  /** Starts that found a cycle. */
  rejectingStarts: number;
  starts: number;
}

export interface CycleOptions {
  /** Every account name, in config order: the order of the slots of the server's map. */
  accounts: readonly string[];
  /** The stream export subjects of each account. */
  streamExports: ReadonlyMap<string, readonly string[]>;
  /** True for releases before 2.12.6, whose walks keep a narrowed subject. */
  persistNarrowing: boolean;
  /**
   * True from 2.10.17 and 2.11.0, which walk a stream import a second time from the
   * imported subject as well as from its local subject.
   */
  streamChecksRemote: boolean;
}

/** Simulated starts: enough to see an order that one start in eight takes, cheap for small configs. */
const STARTS = 64;
/** Fewer starts above this many imports, so that lint stays fast on large configs. */
const MANY_IMPORTS = 500;
/** The server's MaxAccountCycleSearchDepth: a deeper walk fails like a cycle. */
const MAX_SEARCH_DEPTH = 1024;

/**
 * Returns how often the server finds an import cycle among `imports` (in config order),
 * or undefined when no start can find one. The first start uses config order
 * everywhere, which is the order a small map is read in most often. The others draw
 * Go's random orders from a fixed seed, so the result is the same on every run.
 */
export function simulateImportCycles<T>(
  kind: ExportKind,
  imports: readonly AddedImport<T>[],
  options: CycleOptions,
): CycleVerdict<T> | undefined {
  if (!hasAccountCycle(imports)) return undefined;
  const random = xorshift32(0x6e617473);
  const starts = imports.length > MANY_IMPORTS ? 8 : STARTS;
  let verdict: CycleVerdict<T> | undefined;
  for (let start = 0; start < starts; start++) {
    const cycles = simulateStart(kind, imports, options, start === 0 ? null : random);
    if (cycles.length === 0) continue;
    verdict ??= { cycles, rejectingStarts: 0, starts };
    verdict.rejectingStarts++;
  }
  return verdict;
}

/** True when some chain of imports leads from an account back to itself. */
function hasAccountCycle(imports: readonly AddedImport<unknown>[]): boolean {
  const exporters = new Map<string, Set<string>>();
  for (const found of imports) {
    const targets = exporters.get(found.importer) ?? new Set<string>();
    targets.add(found.exporter);
    exporters.set(found.importer, targets);
  }
  const state = new Map<string, "open" | "done">();
  const reachesOpen = (account: string): boolean => {
    const seen = state.get(account);
    if (seen !== undefined) return seen === "open";
    state.set(account, "open");
    for (const next of exporters.get(account) ?? []) if (reachesOpen(next)) return true;
    state.set(account, "done");
    return false;
  };
  return [...exporters.keys()].some(reachesOpen);
}

/**
 * Returns the imports that one simulated start rejects as cycles. Like the server, it
 * goes on after a rejection without adding the rejected import.
 */
function simulateStart<T>(
  kind: ExportKind,
  imports: readonly AddedImport<T>[],
  options: CycleOptions,
  random: (() => number) | null,
): AddedImport<T>[] {
  const rank = new Map(goMapOrder(options.accounts, random).map((name, index) => [name, index]));
  const ordered = [...imports].sort((a, b) => rank.get(a.importer)! - rank.get(b.importer)!);
  const added = new Map<string, AddedImport<T>[]>();
  const walk = new CycleWalk(kind, added, options, random);
  const rejected: AddedImport<T>[] = [];
  for (const candidate of ordered) {
    if (walk.formsCycle(candidate)) rejected.push(candidate);
    else added.set(candidate.importer, [...(added.get(candidate.importer) ?? []), candidate]);
  }
  return rejected;
}

/** One start's walk over the imports added so far. */
class CycleWalk<T> {
  constructor(
    private readonly kind: ExportKind,
    private readonly added: ReadonlyMap<string, readonly AddedImport<T>[]>,
    private readonly options: CycleOptions,
    private readonly random: (() => number) | null,
  ) {}

  /** Runs the server's check for adding `candidate`. */
  formsCycle(candidate: AddedImport<T>): boolean {
    const walkFrom = (subject: string) =>
      this.visit(candidate.exporter, subject, new Set([candidate.importer]));
    if (walkFrom(candidate.local)) return true;
    return this.kind === "stream" && this.options.streamChecksRemote && walkFrom(candidate.remote);
  }

  private visit(account: string, subject: string, visited: Set<string>): boolean {
    if (visited.size >= MAX_SEARCH_DEPTH) return true;
    if (this.kind === "stream") {
      const exported = this.options.streamExports.get(account) ?? [];
      if (!exported.some((export_) => isSubsetMatch(subject, export_))) return false;
    }
    let followed = subject;
    for (const next of this.importsOf(account)) {
      const local = storedLocal(next);
      // A service import collides on the subject it calls in the exporter,
      // a stream import on the subject it delivers to in the importer.
      const other = this.kind === "stream" ? local : next.remote;
      if (!subjectsCollide(followed, other)) continue;
      if (visited.has(next.exporter)) return true;
      visited.add(account);
      const narrowed = isSubsetMatch(local, followed) ? local : followed;
      if (this.options.persistNarrowing) followed = narrowed;
      if (this.visit(next.exporter, narrowed, visited)) return true;
    }
    return false;
  }

  /**
   * Returns an account's imports in the order the walk meets them. Stream imports are a
   * list. Service imports are a map keyed by local subject, so their order is random.
   */
  private importsOf(account: string): AddedImport<T>[] {
    const imports = this.added.get(account) ?? [];
    if (this.kind === "stream") return [...imports];
    const byLocal = new Map<string, AddedImport<T>[]>();
    for (const found of imports)
      byLocal.set(found.local, [...(byLocal.get(found.local) ?? []), found]);
    return goMapOrder([...byLocal.values()], this.random).flat();
  }
}

/**
 * Returns the local subject that the server keeps for an added import. When the remote
 * subject has a wildcard and the local one differs, it maps wildcards with $1, $2 and so
 * on, and the server keeps the local subject with each such token turned back into *.
 * The check of the import itself still uses the subject as written.
 */
function storedLocal(found: AddedImport<unknown>): string {
  if (found.local === found.remote || !hasWildcard(found.remote)) return found.local;
  return found.local
    .split(".")
    .map((token) => (/^\$[1-9]/.test(token) ? "*" : token))
    .join(".");
}

function hasWildcard(subject: string): boolean {
  return subject.split(".").some((token) => token === "*" || token === ">");
}

/** Go's map buckets hold 8 slots. */
const BUCKET_SLOTS = 8;

/**
 * Returns `items`, the keys of a Go map in insertion order, in the order of one range
 * over the map, or in insertion order when `random` is null. A map of up to 8 keys is
 * one bucket whose slots are filled in insertion order, and Go starts at a random slot
 * and wraps around (Go 1.19 to 1.23). NOTE: the Swiss tables of Go 1.24 are assumed to
 * read a small map the same way. A larger map spreads its keys over buckets by hash,
 * which this models as a random shuffle.
 */
export function goMapOrder<T>(items: readonly T[], random: (() => number) | null): T[] {
  if (random === null) return [...items];
  if (items.length > BUCKET_SLOTS) {
    const shuffled = [...items];
    for (let i = shuffled.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
    }
    return shuffled;
  }
  const offset = Math.floor(random() * BUCKET_SLOTS);
  return [...items.slice(offset), ...items.slice(0, offset)];
}

/** Returns Marsaglia's xorshift generator of numbers in [0, 1) from a non-zero 32-bit seed. */
function xorshift32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state / 2 ** 32;
  };
}
