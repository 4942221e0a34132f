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
}

export const rule: Rule = {
  meta: {
    id: "listen-address",
    severity: "error",
    description:
      "listen, http or https addresses that are not host:port, and ports outside 0 to 65535",
    server: "rejects",
    messages: {
      syntax: '{path} "{value}" {reason}, and nats-server rejects it.',
      range:
        "{path}: port {port} is outside 0 to 65535 (-1 picks a random port). nats-server cannot listen on it and stops at start-up.",
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
