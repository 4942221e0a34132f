// Server versions that natsconf targets. Rules and the schema compare them to
// decide which keys exist and how the server behaves.

export interface ServerVersion {
  major: number;
  minor: number;
  /** Infinity when the user named only the release line (`2.12`): its newest patch. */
  patch: number;
}

/**
 * The newest server release that the semantics reference describes. Lint and
 * compile target it unless a project file or --server-version says otherwise.
 */
export const DEFAULT_SERVER_VERSION = "2.14";

/** The oldest version natsconf can target; older servers lack keys the schema assumes. */
export const OLDEST_SERVER_VERSION = "2.2";

const PATTERN = /^v?(\d{1,3})\.(\d{1,3})(?:\.(\d{1,4}))?$/;

/** Parses `2.9.10`, `v2.12` or `2.12.0`; returns undefined for anything else. */
export function parseServerVersion(text: string): ServerVersion | undefined {
  const match = PATTERN.exec(text.trim());
  if (match === null) return undefined;
  return {
    major: Number(match[1]),
    minor: Number(match[2]),
    patch: match[3] === undefined ? Infinity : Number(match[3]),
  };
}

function mustParse(text: string): ServerVersion {
  const version = parseServerVersion(text);
  if (version === undefined) throw new Error(`BUG: bad server version ${text}`);
  return version;
}

/** Compares two versions: negative, zero or positive, like a sort comparator. */
export function compareVersions(a: ServerVersion, b: ServerVersion): number {
  if (a.major !== b.major) return a.major - b.major;
  if (a.minor !== b.minor) return a.minor - b.minor;
  if (a.patch === b.patch) return 0;
  return a.patch < b.patch ? -1 : 1;
}

/** True when `version` is `release` or newer; `release` is written like "2.12.0". */
export function isAtLeast(version: ServerVersion, release: string): boolean {
  return compareVersions(version, mustParse(release)) >= 0;
}

export function formatVersion(version: ServerVersion): string {
  const line = `${version.major}.${version.minor}`;
  return Number.isFinite(version.patch) ? `${line}.${version.patch}` : line;
}

/** Checks a version given by a user; returns an error message or undefined. */
export function checkTargetVersion(version: ServerVersion): string | undefined {
  if (version.major !== 2) return "natsconf knows nats-server 2.x only";
  // Release lines are compared without patches: 2.2.0 is in the oldest line.
  const oldest = mustParse(OLDEST_SERVER_VERSION);
  if (version.minor < oldest.minor)
    return `the oldest release line natsconf can target is ${OLDEST_SERVER_VERSION}`;
  // A newer line may rename or drop options that natsconf does not know of,
  // and 2.99 is more likely a typo for 2.9 than a real target.
  const newest = mustParse(DEFAULT_SERVER_VERSION);
  if (version.minor > newest.minor)
    return `the newest release line natsconf knows is ${DEFAULT_SERVER_VERSION}`;
  return undefined;
}

export const DEFAULT_TARGET: ServerVersion = mustParse(DEFAULT_SERVER_VERSION);
