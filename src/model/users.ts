// Users of a config and the listeners that can authenticate them.

import type { Entry } from "../resolve/values.js";
import { findKey, getBlock } from "../schema/index.js";
import { findTlsBlocks, type TlsBlock } from "./tls.js";
import { entryFor, stringFor, type BlockInstance } from "./walk.js";

export type ListenerKind = "client" | "websocket" | "mqtt" | "leafnodes";

export interface Listener {
  kind: ListenerKind;
  /** The listener's block; null for the client port, which is configured at top level. */
  instance: BlockInstance | null;
  tls: TlsBlock | null;
}

export interface User {
  instance: BlockInstance;
  /** The user's name, when it is a string. */
  name: string | undefined;
  nameEntry: Entry | undefined;
  password: Entry | undefined;
  nkey: Entry | undefined;
  /** "global" for authorization and account users, "leafnode" for leafnodes.authorization users. */
  scope: "global" | "leafnode";
  /** Allowed connection types in upper case, or null when the user allows every type. */
  connectionTypes: Set<string> | null;
}

/** The listener that each connection type arrives on. */
const LISTENER_BY_CONNECTION_TYPE: Readonly<Record<string, ListenerKind | undefined>> = {
  STANDARD: "client",
  WEBSOCKET: "websocket",
  MQTT: "mqtt",
  MQTT_WS: "websocket",
  LEAFNODE: "leafnodes",
  LEAFNODE_WS: "websocket",
};

function connectionTypes(instance: BlockInstance): Set<string> | null {
  const value = entryFor(instance.spec, instance.map, "allowed_connection_types")?.value;
  if (value === undefined) return null;
  const names = value.type === "array" ? value.items : [value];
  const types = new Set<string>();
  for (const item of names) if (item.type === "string") types.add(item.value.toUpperCase());
  return types;
}

export function findUsers(blocks: readonly BlockInstance[]): User[] {
  const users: User[] = [];
  for (const instance of blocks) {
    const scope =
      instance.spec.id === "user"
        ? "global"
        : instance.spec.id === "leafnode-user"
          ? "leafnode"
          : null;
    if (scope === null) continue;
    const nameEntry = entryFor(instance.spec, instance.map, "user");
    users.push({
      instance,
      name: stringFor(instance.spec, instance.map, "user"),
      nameEntry,
      password: entryFor(instance.spec, instance.map, "password"),
      nkey: instance.spec.id === "user" ? entryFor(instance.spec, instance.map, "nkey") : undefined,
      scope,
      connectionTypes: instance.spec.id === "user" ? connectionTypes(instance) : null,
    });
  }
  return users;
}

function hasListenPort(instance: BlockInstance): boolean {
  return (
    entryFor(instance.spec, instance.map, "port") !== undefined ||
    entryFor(instance.spec, instance.map, "listen") !== undefined
  );
}

/** Returns the listeners that accept client connections, with their tls blocks. */
export function findListeners(blocks: readonly BlockInstance[]): Listener[] {
  const tlsBlocks = findTlsBlocks(blocks);
  const listeners: Listener[] = [
    {
      kind: "client",
      instance: null,
      tls: tlsBlocks.find((block) => block.place === "client") ?? null,
    },
  ];
  const top = getBlock("top");
  for (const instance of blocks) {
    if (instance.parent?.spec.id !== "top" || instance.owner === null) continue;
    const key = findKey(top, instance.owner.key)?.name;
    if (key !== "websocket" && key !== "mqtt" && key !== "leafnodes") continue;
    if (!hasListenPort(instance)) continue;
    const tls =
      tlsBlocks.find((block) => block.instance.parent === instance && block.place === key) ?? null;
    listeners.push({ kind: key, instance, tls });
  }
  return listeners;
}

/** True when leafnodes.authorization names its own user, nkey or users. */
function leafnodesHaveOwnCredentials(listener: Listener): boolean {
  const instance = listener.instance;
  if (instance === null) return false;
  const authorization = entryFor(instance.spec, instance.map, "authorization")?.value;
  if (authorization?.type !== "map") return false;
  const spec = getBlock("leafnode-authorization");
  return ["user", "nkey", "users"].some(
    (name) => entryFor(spec, authorization, name) !== undefined,
  );
}

/** Returns the listeners on which the server may authenticate this user. */
export function listenersServing(user: User, listeners: readonly Listener[]): Listener[] {
  return listeners.filter((listener) => {
    if (user.scope === "leafnode") return listener.kind === "leafnodes";
    if (listener.kind === "leafnodes" && leafnodesHaveOwnCredentials(listener)) return false;
    if (user.connectionTypes === null) return true;
    for (const type of user.connectionTypes) {
      if (LISTENER_BY_CONNECTION_TYPE[type] === listener.kind) return true;
    }
    return false;
  });
}
