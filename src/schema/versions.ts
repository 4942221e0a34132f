// Which server versions accept a key. The data comes from the `case` labels of
// nats-server's option-parsing functions at every release tag (generated into
// key-versions.ts by scripts/key-versions.mjs); this module maps the schema's
// blocks onto those functions.

import { compareVersions, parseServerVersion, type ServerVersion } from "../target/version.js";
import { FIRST_RELEASE, KEY_VERSIONS } from "./key-versions.js";
import type { BlockSpec, KeySpec } from "./types.js";

/** The parsing function of each block whose keys the server matches with `case` labels. */
const FUNCTION_OF_BLOCK: Readonly<Record<string, string>> = {
  top: "processConfigFileLine",
  ocsp: "processConfigFileLine",
  tls: "parseTLS",
  authorization: "parseAuthorization",
  "cluster-authorization": "parseAuthorization",
  "gateway-authorization": "parseAuthorization",
  user: "parseUsers",
  permissions: "parseUserPermissions",
  "allow-responses": "parseAllowResponses",
  cluster: "parseCluster",
  compression: "parseCompression",
  gateway: "parseGateway",
  "gateway-remote": "parseGateways",
  leafnodes: "parseLeafNodes",
  "leafnode-authorization": "parseLeafAuthorization",
  "leafnode-user": "parseLeafUsers",
  "leafnode-remote": "parseRemoteLeafNodes",
  websocket: "parseWebsocket",
  "websocket-authorization": "parseSimpleAuth",
  mqtt: "parseMQTT",
  "mqtt-authorization": "parseSimpleAuth",
  jetstream: "parseJetStream",
  "jetstream-limits": "parseJetStreamLimits",
  "jetstream-limits-batch": "parseJetStreamLimitsBatch",
  "jetstream-tpm": "parseJetStreamTPM",
  "account-jetstream": "parseJetStreamForAccount",
  account: "parseAccounts",
  "account-limits": "parseAccountLimits",
  export: "parseExportStreamOrService",
  import: "parseImportStreamOrService",
  "mapping-destination": "parseAccountMapDest",
  "auth-callout": "parseAuthCallout",
  "ocsp-peer": "parseOCSPPeer",
  "ocsp-cache": "parseOCSPResponseCache",
};

export interface KeyAvailability {
  /** First release that accepts the spelling; undefined when the data does not say. */
  since: string | undefined;
  /** First release that no longer accepts it. */
  until: string | undefined;
}

/**
 * Returns the releases that accept `written` (a key as written, matched the
 * way the block matches it) in `block`. The generated data wins; the key's
 * `since`/`until` in the schema fill in blocks that the data does not cover.
 */
export function keyAvailability(block: BlockSpec, key: KeySpec, written: string): KeyAvailability {
  const name = block.keyCase === "exact" ? written : written.toLowerCase();
  const fn = FUNCTION_OF_BLOCK[block.id];
  const data = fn === undefined ? undefined : KEY_VERSIONS[fn];
  const found = data?.since[name];
  if (found === undefined) return { since: key.since, until: key.until };
  // The oldest release in the data accepts the key: older releases may too.
  return { since: found === FIRST_RELEASE ? undefined : found, until: data?.until[name] };
}

/** True when the target accepts the key spelling; for keys the data does not cover, true. */
export function keyExistsIn(availability: KeyAvailability, target: ServerVersion): boolean {
  if (availability.since !== undefined) {
    if (compareVersions(target, parseServerVersion(availability.since)!) < 0) return false;
  }
  if (availability.until !== undefined) {
    if (compareVersions(target, parseServerVersion(availability.until)!) >= 0) return false;
  }
  return true;
}

/** Blocks whose keys the generated data covers; for the schema tests. */
export function blocksWithVersionData(): readonly string[] {
  return Object.keys(FUNCTION_OF_BLOCK);
}

export { FUNCTION_OF_BLOCK };
