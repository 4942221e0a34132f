// Users of a config and the listeners that can authenticate them.

import type { Entry } from "../resolve/values.js";
import { findKey, getBlock } from "../schema/index.js";
import { findTlsBlocks, type TlsBlock } from "./tls.js";
import { boolFor, entriesFor, entryFor, stringFor, type BlockInstance } from "./walk.js";

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

/**
 * Returns the entries that set `users` in the block that defines `user`, one
 * per spelling such as `users` and `Users`. nats-server (2.9.10 to 2.14) parses
 * every spelling, but each assignment replaces the array of the one before, so
 * only the array it reads last in Go's random map order takes effect.
 */
export function usersSpellings(user: User): Entry[] {
  const parent = user.instance.parent;
  if (parent === null || findKey(parent.spec, "users") === undefined) return [];
  return entriesFor(parent.spec, parent.map, "users");
}

/**
 * True when the server always uses the users array that lists `user`, and
 * false when its block spells `users` in several ways, so that Go's map order
 * decides whether this array or another one takes effect.
 */
export function isUserAlwaysInEffect(user: User): boolean {
  return usersSpellings(user).length <= 1;
}

/**
 * True when `a` and `b` can be in effect on the same start: they come from
 * different blocks, or from the same users array. Two spellings of `users` in
 * one block never both take effect.
 */
export function canBothBeInEffect(a: User, b: User): boolean {
  return a.instance.parent !== b.instance.parent || a.instance.owner === b.instance.owner;
}

/**
 * Returns how many of `users` the server has in effect on the start where
 * the fewest of them are: for each block, the smallest count over the
 * spellings of its `users` key, since Go's map order picks one per block.
 */
export function minimumInEffect(users: readonly User[]): number {
  const byBlock = new Map<BlockInstance | null, User[]>();
  for (const user of users) {
    const parent = user.instance.parent;
    byBlock.set(parent, [...(byBlock.get(parent) ?? []), user]);
  }
  let total = 0;
  for (const group of byBlock.values()) {
    const spellings = usersSpellings(group[0]!);
    if (spellings.length <= 1) {
      total += group.length;
      continue;
    }
    const counts = spellings.map(
      (spelling) => group.filter((user) => user.instance.owner === spelling).length,
    );
    total += Math.min(...counts);
  }
  return total;
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
export function leafnodesHaveOwnCredentials(listener: Listener): boolean {
  const instance = listener.instance;
  if (instance === null) return false;
  const authorization = entryFor(instance.spec, instance.map, "authorization")?.value;
  if (authorization?.type !== "map") return false;
  const spec = getBlock("leafnode-authorization");
  const users = entryFor(spec, authorization, "users")?.value;
  // The server reads an empty users array as no users.
  if (users?.type === "array" && users.items.length > 0) return true;
  return leafnodeSingleCredentials(listener).length > 0;
}

function stringValueOf(entry: Entry | undefined): string {
  return entry?.value.type === "string" ? entry.value.value : "";
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

/** Connection types that reach the users table through a listener with TLS. */
export type ConnectionType =
  "STANDARD" | "WEBSOCKET" | "MQTT" | "MQTT_WS" | "LEAFNODE" | "LEAFNODE_WS";

/**
 * One way clients reach the server: a connection type, the listener it
 * arrives on, and the listener whose verify_and_map applies to it. MQTT and
 * leafnode connections over WebSocket arrive on the websocket listener but use
 * the mqtt or leafnodes setting (nats-server v2.9.10 to v2.14).
 */
export interface AccessPath {
  type: ConnectionType;
  transport: Listener;
  mapper: Listener;
  /**
   * True when the mapper sets verify_and_map. The server then picks the user
   * from the certificate and never accepts a name and password alone.
   */
  mapping: boolean;
  /** True when mapping is on and the transport requests client certificates, so it can succeed. */
  canMap: boolean;
  /** The no_auth_user entry that applies to clients on this path. */
  noAuthUser: Entry | undefined;
}

function requestsCertificates(listener: Listener): boolean {
  const tls = listener.tls;
  if (tls === null) return false;
  return tls.mapsCertificates || boolFor(tls.instance.spec, tls.instance.map, "verify") === true;
}

/**
 * Returns the no_auth_user entry of a websocket or mqtt block when the block
 * overrides the top-level authentication (it sets a user, a token or its own
 * no_auth_user), and undefined otherwise.
 */
function listenerAuthOverride(listener: Listener): { noAuthUser: Entry | undefined } | undefined {
  const instance = listener.instance;
  if (instance === null) return undefined;
  const noAuthUser = entryFor(instance.spec, instance.map, "no_auth_user");
  const authorization = entryFor(instance.spec, instance.map, "authorization")?.value;
  const spec = getBlock(`${listener.kind}-authorization`);
  const isSet = (name: string) =>
    authorization?.type === "map" && (stringFor(spec, authorization, name) ?? "") !== "";
  const overrides = stringValueOf(noAuthUser) !== "" || isSet("user") || isSet("token");
  return overrides ? { noAuthUser } : undefined;
}

/** Returns every access path of the config; `blocks` starts with the top level. */
export function findAccessPaths(
  blocks: readonly BlockInstance[],
  listeners: readonly Listener[],
): AccessPath[] {
  const top = blocks[0]!;
  const topNoAuthUser = entryFor(top.spec, top.map, "no_auth_user");
  const byKind = (kind: ListenerKind) => listeners.find((listener) => listener.kind === kind);
  const client = byKind("client")!;
  const websocket = byKind("websocket");
  const mqtt = byKind("mqtt");
  const leafnodes = byKind("leafnodes");

  const paths: AccessPath[] = [];
  const add = (
    type: ConnectionType,
    transport: Listener | undefined,
    mapper: Listener | undefined,
    noAuthUser: Entry | undefined,
  ) => {
    if (transport === undefined || mapper === undefined) return;
    const mapping = mapper.tls?.mapsCertificates === true;
    const canMap = mapping && requestsCertificates(transport);
    paths.push({ type, transport, mapper, mapping, canMap, noAuthUser });
  };

  add("STANDARD", client, client, topNoAuthUser);
  if (websocket !== undefined) {
    const override = listenerAuthOverride(websocket);
    add("WEBSOCKET", websocket, websocket, override ? override.noAuthUser : topNoAuthUser);
  }
  if (mqtt !== undefined) {
    const override = listenerAuthOverride(mqtt);
    const noAuthUser = override ? override.noAuthUser : topNoAuthUser;
    add("MQTT", mqtt, mqtt, noAuthUser);
    add("MQTT_WS", websocket, mqtt, noAuthUser);
  }
  // NOTE: leafnodes over WebSocket are modelled only when the leafnodes block
  // has a port of its own.
  add("LEAFNODE", leafnodes, leafnodes, topNoAuthUser);
  if (websocket !== undefined) {
    const websocketNoAuthUser = entryFor(
      websocket.instance!.spec,
      websocket.instance!.map,
      "no_auth_user",
    );
    add("LEAFNODE_WS", websocket, leafnodes, websocketNoAuthUser ?? topNoAuthUser);
  }
  return paths;
}

function isLeafnodePath(path: AccessPath): boolean {
  return path.type === "LEAFNODE" || path.type === "LEAFNODE_WS";
}

/**
 * Returns the paths on which the server may authenticate this user: the paths
 * its allowed_connection_types permit. Leafnode paths serve global users only
 * when the leafnodes block has no credentials of its own, and they serve the
 * users of leafnodes.authorization.users only.
 */
export function pathsServing(user: User, paths: readonly AccessPath[]): AccessPath[] {
  return paths.filter((path) => {
    if (user.scope === "leafnode") return isLeafnodePath(path);
    if (isLeafnodePath(path) && leafnodesHaveOwnCredentials(path.mapper)) return false;
    return user.connectionTypes === null || user.connectionTypes.has(path.type);
  });
}

/**
 * True when a certificate can select this user on some path. This is what
 * nats-server 2.12.14 and 2.14.4 and later check (Options.canTLSMap) before
 * they reject a password-less user's name on a path without mapping.
 */
export function canMapUser(user: User, paths: readonly AccessPath[]): boolean {
  return pathsServing(user, paths).some((path) => path.canMap);
}

/** True when the user is the no_auth_user of the path. */
export function isNoAuthUserOf(user: User, path: AccessPath): boolean {
  const value = path.noAuthUser?.value;
  return value?.type === "string" && value.value === user.name;
}

/**
 * Returns the paths on which the server checks this user's name and password
 * itself, because the path does not map certificates. The paths where the
 * user is the no_auth_user are left out: clients there become the user anyway.
 */
export function nameLoginPaths(user: User, paths: readonly AccessPath[]): AccessPath[] {
  return pathsServing(user, paths).filter((path) => !path.mapping && !isNoAuthUserOf(user, path));
}

/** True when the user has a password that is not empty. */
export function hasPassword(user: User): boolean {
  const value = user.password?.value;
  return value !== undefined && !(value.type === "string" && value.value === "");
}

/** True for users of the global users table: with a name and without an nkey. */
export function isTableUser(user: User): boolean {
  return user.scope === "global" && user.nkey === undefined && user.name !== undefined;
}

/** Returns the single user and nkey entries of leafnodes.authorization. */
export function leafnodeSingleCredentials(listener: Listener): Entry[] {
  const instance = listener.instance;
  if (instance === null || listener.kind !== "leafnodes") return [];
  const authorization = entryFor(instance.spec, instance.map, "authorization")?.value;
  if (authorization?.type !== "map") return [];
  const spec = getBlock("leafnode-authorization");
  return ["user", "nkey"].flatMap((name) => {
    const entry = entryFor(spec, authorization, name);
    // The server ignores an empty user or nkey.
    return entry === undefined || stringValueOf(entry) === "" ? [] : [entry];
  });
}
