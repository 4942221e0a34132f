import { isPortInRange, parseHostPort } from "../model/servers-address.js";
import { topBlock } from "../model/servers-options.js";
import { blockPath, entryFor, type BlockInstance } from "../model/walk.js";
import type { Entry } from "../resolve/values.js";
import { entrySpan } from "./spans.js";
import type { Rule, RuleContext } from "./types.js";

/** Keys that take a port or "host:port", and keys that take a port, per block. */
const ADDRESS_KEYS: Readonly<Record<string, readonly string[]>> = {
  top: ["listen", "http", "https"],
  listener: ["listen"],
};
const PORT_KEYS: Readonly<Record<string, readonly string[]>> = {
  top: ["port", "http_port", "https_port", "prof_port"],
  listener: ["port"],
};
const LISTENER_BLOCKS = ["cluster", "gateway", "leafnodes", "websocket", "mqtt"];

/**
 * An address key and the keys that set its host or port separately. The
 * server reads the keys of a block in Go's random map order, and the last one
 * read wins (nats-server 2.9.10 to 2.14).
 */
interface AddressPair {
  address: string;
  port: string;
  host?: string;
  /** The port the server uses for 0; undefined when 0 turns the listener off. */
  defaultPort?: number;
}
const ADDRESS_PAIRS: Readonly<Record<string, readonly AddressPair[]>> = {
  top: [
    { address: "listen", port: "port", host: "host", defaultPort: 4222 },
    { address: "http", port: "http_port" },
    { address: "https", port: "https_port" },
  ],
  listener: [{ address: "listen", port: "port", host: "host" }],
};

/** The host the server binds when none is set, in every block (nats-server 2.9.10 to 2.14). */
const DEFAULT_HOST = "0.0.0.0";

const REASONS = {
  "missing-port": "has no port",
  "bad-brackets": "has misplaced brackets",
  "too-many-colons": "has too many colons (write an IPv6 address in brackets)",
  "bad-port": "has a port that is not a number",
} as const;

function pathOf(instance: BlockInstance, entry: Entry): string {
  const path = blockPath(instance);
  return path === "" ? entry.key : `${path}.${entry.key}`;
}

function reportRange(
  context: RuleContext,
  path: string,
  entry: Entry,
  port: number | bigint,
): void {
  if (isPortInRange(port)) return;
  context.report({
    messageId: "range",
    data: { path, port },
    span: entrySpan(entry),
    help: "Use a port from 1 to 65535, or -1 for a random port.",
    server: "fails-at-startup",
  });
}

function checkAddress(context: RuleContext, instance: BlockInstance, entry: Entry): void {
  const value = entry.value;
  const path = pathOf(instance, entry);
  if (value.type === "int64") {
    reportRange(context, path, entry, value.value);
    return;
  }
  if (value.type !== "string") return;
  const parsed = parseHostPort(value.value);
  if (parsed.ok) {
    reportRange(context, path, entry, parsed.port);
    return;
  }
  context.report({
    messageId: "syntax",
    data: { path, value: value.value, reason: REASONS[parsed.reason] },
    span: entrySpan(entry),
    help: 'Write "host:port" (such as "0.0.0.0:4222" or "[::1]:4222"), or the port alone as a number.',
  });
}

/** Returns the host and port an address value sets, or undefined when it does not parse. */
function readAddress(entry: Entry): { host: string; port: number } | undefined {
  const value = entry.value;
  if (value.type === "int64") return { host: "", port: Number(value.value) };
  if (value.type !== "string") return undefined;
  const parsed = parseHostPort(value.value);
  return parsed.ok ? { host: parsed.host, port: parsed.port } : undefined;
}

/** Returns an address, port or host value as written: a number, or a quoted string. */
function showValue(entry: Entry): string {
  const value = entry.value;
  if (value.type === "string") return JSON.stringify(value.value);
  return value.type === "int64" ? String(value.value) : value.type;
}

function normaliseHost(host: string): string {
  return host === "" ? DEFAULT_HOST : host.toLowerCase();
}

function reportDisagreement(
  context: RuleContext,
  instance: BlockInstance,
  address: Entry,
  other: Entry,
  what: "port" | "host",
): void {
  const path = blockPath(instance);
  let note = `${address.key} sets the ${what} here`;
  let help = `Remove ${other.key} and keep ${address.key}, or make the two agree.`;
  // A port alone in the address key also sets the host, to the empty default.
  if (what === "host" && address.value.type === "int64" && other.value.type === "string") {
    const host = other.value.value.includes(":") ? `[${other.value.value}]` : other.value.value;
    note = `a port alone in ${address.key} sets the host to ${DEFAULT_HOST} here`;
    help = `Remove ${other.key} and write ${address.key}: "${host}:${address.value.value}".`;
  }
  context.report({
    messageId: "disagree",
    data: {
      key: other.key,
      value: showValue(other),
      address: address.key,
      addressValue: showValue(address),
      where: path === "" ? "at the top level" : `in ${path}`,
      what,
    },
    span: entrySpan(other),
    related: [{ span: entrySpan(address), message: note }],
    help,
    server: "accepts",
  });
}

/** Reports a port or host key that sets its value differently from the address key next to it. */
function checkPairs(context: RuleContext, instance: BlockInstance, kind: "top" | "listener"): void {
  for (const pair of ADDRESS_PAIRS[kind]!) {
    const address = entryFor(instance.spec, instance.map, pair.address);
    if (address === undefined) continue;
    const read = readAddress(address);
    if (read === undefined) continue;
    const portEntry = entryFor(instance.spec, instance.map, pair.port);
    if (portEntry?.value.type === "int64") {
      const normalise = (port: number) => (port === 0 ? (pair.defaultPort ?? 0) : port);
      if (normalise(Number(portEntry.value.value)) !== normalise(read.port))
        reportDisagreement(context, instance, address, portEntry, "port");
    }
    const hostEntry =
      pair.host === undefined ? undefined : entryFor(instance.spec, instance.map, pair.host);
    if (hostEntry?.value.type === "string") {
      if (normaliseHost(hostEntry.value.value) !== normaliseHost(read.host))
        reportDisagreement(context, instance, address, hostEntry, "host");
    }
  }
}

function checkBlock(context: RuleContext, instance: BlockInstance, kind: "top" | "listener"): void {
  for (const name of ADDRESS_KEYS[kind]!) {
    const entry = entryFor(instance.spec, instance.map, name);
    if (entry !== undefined) checkAddress(context, instance, entry);
  }
  for (const name of PORT_KEYS[kind]!) {
    const entry = entryFor(instance.spec, instance.map, name);
    if (entry?.value.type !== "int64") continue;
    reportRange(context, pathOf(instance, entry), entry, entry.value.value);
  }
  checkPairs(context, instance, kind);
}

export const rule: Rule = {
  meta: {
    id: "listen-address",
    severity: "error",
    description:
      "listen, http or https addresses that are not host:port, ports outside 0 to 65535, and a port or host key that disagrees with listen, http or https",
    server: "rejects",
    messages: {
      syntax: '{path} "{value}" {reason}, and nats-server rejects it.',
      range:
        "{path}: port {port} is outside 0 to 65535 (-1 picks a random port). nats-server cannot listen on it and stops at start-up.",
      disagree:
        "{key}: {value} and {address}: {addressValue} {where} set different {what}s. nats-server applies the two keys in random order, so the {what} can change from one start to the next.",
    },
  },
  check(context) {
    const top = context.blocks[0];
    if (top !== undefined) checkBlock(context, top, "top");
    for (const name of LISTENER_BLOCKS) {
      const instance = topBlock(context.blocks, name);
      if (instance !== undefined) checkBlock(context, instance, "listener");
    }
  },
};
