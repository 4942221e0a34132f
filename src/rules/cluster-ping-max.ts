import { parseGoDuration } from "../model/durations.js";
import { isKnownInTarget, topBlock } from "../model/servers-options.js";
import { entryFor } from "../model/walk.js";
import { entrySpan } from "./spans.js";
import type { Rule } from "./types.js";

/** Maximum route ping interval; nats-server lowers longer ones to it (server/route.go, 2.10.10 to 2.14). */
const MAX_ROUTE_PING_NANOSECONDS = 30_000_000_000n;

export const rule: Rule = {
  meta: {
    id: "cluster-ping-max",
    severity: "warning",
    description: "cluster.ping_interval above 30 seconds, which the server lowers to 30 seconds",
    server: "warns",
    messages: {
      tooLong:
        'cluster.ping_interval "{value}" is above 30s. nats-server uses 30s for routes and warns, and the warning makes nats-server -t fail.',
    },
  },
  check(context) {
    const cluster = topBlock(context.blocks, "cluster");
    if (cluster === undefined) return;
    const entry = entryFor(cluster.spec, cluster.map, "ping_interval");
    // nats-server 2.10.10 added the key; option-not-in-version reports it for older targets.
    if (entry === undefined || !isKnownInTarget(cluster, entry, context.target)) return;
    // An integer is also read as seconds, but duration-integer already reports it.
    if (entry.value.type !== "string") return;
    const parsed = parseGoDuration(entry.value.value);
    if (!parsed.ok || parsed.nanoseconds <= MAX_ROUTE_PING_NANOSECONDS) return;
    context.report({
      messageId: "tooLong",
      data: { value: entry.value.value },
      span: entrySpan(entry),
      help: 'Set cluster.ping_interval to "30s" or less.',
    });
  },
};
