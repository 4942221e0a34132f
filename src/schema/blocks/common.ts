// Keys that several listener blocks share, with the same parsing in every
// block (nats-server 2.15.0-dev, server/opts.go parseListen, parseDuration and
// parseWriteDeadlinePolicy).

import type { KeySpec } from "../types.js";

/** Returns `listen`, `port` and `host`/`net` of a listener that accepts `what`. */
export function listenerKeys(what: string): KeySpec[] {
  return [
    {
      name: "listen",
      types: ["int64", "string"],
      meaning: "host-port",
      description: `address for ${what}, as a port or host:port`,
    },
    { name: "port", types: ["int64"], description: `port for ${what}; -1 picks a random port` },
    {
      name: "host",
      aliases: ["net"],
      types: ["string"],
      description: `interface address for ${what}`,
    },
  ];
}

/**
 * Returns `write_deadline` and `write_timeout` of the client port, routes,
 * gateways or leafnodes. The server compares `write_timeout` values with exact case.
 */
export function writeKeys(what: string): KeySpec[] {
  return [
    {
      name: "write_deadline",
      types: ["string", "int64"],
      meaning: "duration",
      description: `time allowed for a write to ${what} before it counts as stalled`,
    },
    {
      name: "write_timeout",
      types: ["string"],
      values: ["default", "close", "retry"],
      description: `action when a write to ${what} passes write_deadline`,
    },
  ];
}

/** Modes of `compression` for routes and leafnodes, which the server matches without case. */
export const COMPRESSION_MODES: readonly string[] = [
  "off",
  "disabled",
  "false",
  "accept",
  "on",
  "enabled",
  "true",
  "auto",
  "s2_auto",
  "fast",
  "s2_fast",
  "better",
  "s2_better",
  "best",
  "s2_best",
  "not_supported",
  "not supported",
];

/** Returns `compression` of routes, leafnodes or leafnode remotes, which takes a bool, a mode or a map. */
export function compressionKey(description: string): KeySpec {
  return {
    name: "compression",
    types: ["bool", "string", "map"],
    block: "compression",
    values: COMPRESSION_MODES,
    valuesIgnoreCase: true,
    valueCheckedAt: "startup",
    description,
  };
}

/**
 * Server reactions to an authorization `timeout` of a type that the key does
 * not take. parseAuthorization and parseLeafAuthorization keep a 1-second
 * timeout before 2.11.2 and reject such values from 2.11.2 (v2.11.1 and
 * v2.11.2 sources). parseSimpleAuth, which websocket and mqtt use, keeps
 * 1 second in every release from 2.9.10 to 2.14.5.
 */
export const AUTH_TIMEOUT_OTHER_TYPES = { effect: "uses a 1-second timeout", until: "2.11.2" };
export const LISTENER_AUTH_TIMEOUT_OTHER_TYPES = { effect: "uses a 1-second timeout" };
