// The tls blocks of a config, where each one sits, and which listener it serves.

import type { Entry } from "../resolve/values.js";
import { findKey } from "../schema/index.js";
import { boolFor, entryFor, type BlockInstance } from "./walk.js";

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
