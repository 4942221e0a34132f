// The tls blocks of a config, where each one sits, and which listener it serves.

import type { Entry, MapValue, StringValue, Value } from "../resolve/values.js";
import { findKey, getBlock } from "../schema/index.js";
import { isAtLeast, type ServerVersion } from "../target/version.js";
import { parseGoDuration } from "./durations.js";
import { hasListenPort, isKnownInTarget } from "./servers-options.js";
import { blockPath, boolFor, entryFor, type BlockInstance } from "./walk.js";

/**
 * Place of a tls block. "client" is the top-level block of the client port, and
 * the remote places are connections this server dials.
 */
export type TlsPlace =
  | "client"
  | "resolver"
  | "cluster"
  | "gateway"
  | "gateway-remote"
  | "leafnodes"
  | "leafnode-remote"
  | "websocket"
  | "mqtt";

export interface TlsBlock {
  place: TlsPlace;
  instance: BlockInstance;
  /** True when verify_and_map is set to true. */
  mapsCertificates: boolean;
}

const PLACE_BY_PARENT: Readonly<Record<string, TlsPlace>> = {
  cluster: "cluster",
  gateway: "gateway",
  "gateway-remote": "gateway-remote",
  leafnodes: "leafnodes",
  "leafnode-remote": "leafnode-remote",
  websocket: "websocket",
  mqtt: "mqtt",
};

function placeOf(instance: BlockInstance): TlsPlace | null {
  const parent = instance.parent;
  if (parent === null || instance.owner === null) return null;
  if (parent.spec.id === "top") {
    const key = findKey(parent.spec, instance.owner.key)?.name;
    if (key === "tls") return "client";
    if (key === "resolver_tls") return "resolver";
    return null;
  }
  return PLACE_BY_PARENT[parent.spec.id] ?? null;
}

export function findTlsBlocks(blocks: readonly BlockInstance[]): TlsBlock[] {
  const found: TlsBlock[] = [];
  for (const instance of blocks) {
    if (instance.spec.id !== "tls") continue;
    const place = placeOf(instance);
    if (place === null) continue;
    found.push({
      place,
      instance,
      mapsCertificates: boolFor(instance.spec, instance.map, "verify_and_map") === true,
    });
  }
  return found;
}

/**
 * Places where the server reads verify and verify_and_map: the listeners that
 * accept clients, and the cluster and gateway blocks. Blocks of connections this
 * server dials (leafnode remotes, gateways[] entries, resolver_tls) ignore both.
 */
export function readsClientVerification(place: TlsPlace): boolean {
  return acceptsMappedClients(place) || place === "cluster" || place === "gateway";
}

/** Places where this server accepts connections and can map client certificates to users. */
export function acceptsMappedClients(place: TlsPlace): boolean {
  return place === "client" || place === "leafnodes" || place === "websocket" || place === "mqtt";
}

export function tlsEntry(block: TlsBlock, name: string): Entry | undefined {
  return entryFor(block.instance.spec, block.instance.map, name);
}

/** Returns where a tls block is written, such as `cluster.tls` or `leafnodes.remotes[0].tls`. */
export function tlsPath(block: TlsBlock): string {
  return blockPath(block.instance);
}

/** Places whose block configures a listener that accepts TLS connections. */
export function acceptsConnections(place: TlsPlace): boolean {
  return acceptsMappedClients(place) || place === "cluster" || place === "gateway";
}

/**
 * Places whose block configures connections this server dials. Routes and
 * gateways use their block both ways.
 */
export function dialsOut(place: TlsPlace): boolean {
  return !acceptsMappedClients(place);
}

/**
 * True when the listener that a server-side block configures is on. The client
 * port always listens; the other listeners need a port other than 0, through
 * `port` or `listen`, as nats-server 2.9.10 to 2.14 require.
 */
export function listenerIsOn(block: TlsBlock): boolean {
  if (block.place === "client") return true;
  if (!acceptsConnections(block.place)) return false;
  return hasListenPort(block.instance.parent ?? undefined);
}

export function tlsBool(block: TlsBlock, name: string): boolean | undefined {
  return boolFor(block.instance.spec, block.instance.map, name);
}

/**
 * Returns the leafnode remotes without a tls block of their own, when
 * leafnodes.tls looks meant for them: the leafnode listener is off and the
 * block sets more than pinned_certs. Remote connections use their own tls
 * block and take only pinned_certs from leafnodes.tls (nats-server 2.9.10 to
 * 2.14). Returns [] otherwise.
 */
export function remotesMissingLeafnodeTls(block: TlsBlock): MapValue[] {
  const leafnodes = block.instance.parent;
  if (block.place !== "leafnodes" || leafnodes === null || listenerIsOn(block)) return [];
  const keys = [...block.instance.map.entries.values()].map(
    (entry) => findKey(block.instance.spec, entry.key)?.name,
  );
  if (keys.every((key) => key === "pinned_certs")) return [];
  const remotes = entryFor(leafnodes.spec, leafnodes.map, "remotes")?.value;
  if (remotes?.type !== "array") return [];
  const remoteSpec = getBlock("leafnode-remote");
  return remotes.items.filter(
    (remote): remote is MapValue =>
      remote.type === "map" && entryFor(remoteSpec, remote, "tls") === undefined,
  );
}

// Cipher suite and curve names. nats-server 2.2.0 to 2.11 kept its own name
// tables; 2.12.0 switched to the names of Go's crypto/tls, and release builds
// use Go 1.25. Names are compared with exact case.

/** TLS 1.3 suites. Go picks TLS 1.3 suites itself and ignores them in cipher_suites. */
export const TLS13_CIPHER_SUITES: ReadonlySet<string> = new Set([
  "TLS_AES_128_GCM_SHA256",
  "TLS_AES_256_GCM_SHA384",
  "TLS_CHACHA20_POLY1305_SHA256",
]);

/** Suites that Go 1.25 lists in tls.InsecureCipherSuites: RSA key exchange, RC4, 3DES, CBC with SHA-256. */
export const INSECURE_CIPHER_SUITES: ReadonlySet<string> = new Set([
  "TLS_RSA_WITH_RC4_128_SHA",
  "TLS_RSA_WITH_3DES_EDE_CBC_SHA",
  "TLS_RSA_WITH_AES_128_CBC_SHA",
  "TLS_RSA_WITH_AES_256_CBC_SHA",
  "TLS_RSA_WITH_AES_128_CBC_SHA256",
  "TLS_RSA_WITH_AES_128_GCM_SHA256",
  "TLS_RSA_WITH_AES_256_GCM_SHA384",
  "TLS_ECDHE_ECDSA_WITH_RC4_128_SHA",
  "TLS_ECDHE_RSA_WITH_RC4_128_SHA",
  "TLS_ECDHE_RSA_WITH_3DES_EDE_CBC_SHA",
  "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256",
  "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256",
]);

const SHARED_SECURE_SUITES = [
  ...TLS13_CIPHER_SUITES,
  "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA",
  "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA",
  "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA",
  "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA",
  "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
  "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
  "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
  "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
];

/** The two ChaCha20 suites, spelled before 2.12.0 (key) and from 2.12.0 on (value). */
export const CHACHA_RENAMES: ReadonlyMap<string, string> = new Map([
  ["TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305", "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256"],
  ["TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305", "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256"],
]);

/** Go 1.25 tls.CipherSuites and tls.InsecureCipherSuites: the names of 2.12.0 and later. */
const GO_CIPHER_SUITES: readonly string[] = [
  ...SHARED_SECURE_SUITES,
  ...CHACHA_RENAMES.values(),
  ...INSECURE_CIPHER_SUITES,
];

/** The table of nats-server 2.2.0 to 2.11, checked against 2.9.10; it lacks TLS_RSA_WITH_AES_128_GCM_SHA256. */
const LEGACY_CIPHER_SUITES: readonly string[] = [
  ...SHARED_SECURE_SUITES,
  ...CHACHA_RENAMES.keys(),
  ...[...INSECURE_CIPHER_SUITES].filter((name) => name !== "TLS_RSA_WITH_AES_128_GCM_SHA256"),
];

/** Returns the cipher suite names that the target server accepts. */
export function cipherSuitesOf(target: ServerVersion): readonly string[] {
  return isAtLeast(target, "2.12.0") ? GO_CIPHER_SUITES : LEGACY_CIPHER_SUITES;
}

const LEGACY_CURVES: readonly string[] = ["X25519", "CurveP256", "CurveP384", "CurveP521"];

/** X25519MLKEM768 arrived in 2.12.0; Go 1.26 builds add two more curves, which no release has. */
const CURVES_2_12: readonly string[] = ["X25519MLKEM768", ...LEGACY_CURVES];

/** Curves that only nats-server builds made with Go 1.26 accept. */
export const GO_1_26_CURVES: ReadonlySet<string> = new Set([
  "SecP256r1MLKEM768",
  "SecP384r1MLKEM1024",
]);

/** Returns the curve names that release builds of the target server accept. */
export function curvesOf(target: ServerVersion): readonly string[] {
  return isAtLeast(target, "2.12.0") ? CURVES_2_12 : LEGACY_CURVES;
}

/** Returns the string items of an array value; other items are left out. */
export function stringItems(value: Value | undefined): StringValue[] {
  if (value?.type !== "array") return [];
  return value.items.filter((item): item is StringValue => item.type === "string");
}

/**
 * Effect of a handshake_first value: off, TLS first with no fallback, or TLS
 * first with a fallback to the INFO-first protocol after a delay.
 */
export type HandshakeFirstMode =
  | { kind: "off" }
  | { kind: "tls-only" }
  | { kind: "fallback"; nanoseconds: bigint }
  | { kind: "invalid" };

const DEFAULT_FALLBACK_NANOSECONDS = 50_000_000n;

/**
 * Reads handshake_first the way nats-server 2.10.4 and later do: a bool, one of
 * true/on/false/off/auto/auto_fallback in any case, or a Go duration that sets
 * the fallback delay. A delay of zero or less leaves no fallback. Returns
 * undefined for other value types, which value-type reports.
 */
export function readHandshakeFirst(value: Value): HandshakeFirstMode | undefined {
  if (value.type === "bool") return { kind: value.value ? "tls-only" : "off" };
  if (value.type !== "string") return undefined;
  const word = value.value.toLowerCase();
  if (word === "true" || word === "on") return { kind: "tls-only" };
  if (word === "false" || word === "off") return { kind: "off" };
  if (word === "auto" || word === "auto_fallback") {
    return { kind: "fallback", nanoseconds: DEFAULT_FALLBACK_NANOSECONDS };
  }
  const delay = parseGoDuration(value.value);
  if (!delay.ok) return { kind: "invalid" };
  return delay.nanoseconds > 0n
    ? { kind: "fallback", nanoseconds: delay.nanoseconds }
    : { kind: "tls-only" };
}

/**
 * Returns the entry that sets `name` when the target server accepts the key as
 * written. Rules skip other entries, which option-not-in-version reports.
 */
export function tlsEntryIn(
  block: TlsBlock,
  name: string,
  target: ServerVersion,
): Entry | undefined {
  const entry = tlsEntry(block, name);
  if (entry === undefined || !isKnownInTarget(block.instance, entry, target)) return undefined;
  return entry;
}

/** Returns the cipher_suites items that name a suite Go marks insecure and the target accepts. */
export function insecureCipherItems(block: TlsBlock, target: ServerVersion): StringValue[] {
  const accepted = cipherSuitesOf(target);
  const items = stringItems(tlsEntryIn(block, "cipher_suites", target)?.value);
  return items.filter(
    (item) => INSECURE_CIPHER_SUITES.has(item.value) && accepted.includes(item.value),
  );
}
