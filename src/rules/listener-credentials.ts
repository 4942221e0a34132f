// A check shared by the MQTT and WebSocket rules: a listener's own user or
// token next to users configured elsewhere.

import { hasConfiguredUsers } from "../model/servers-options.js";
import { childBlocks, entryFor, type BlockInstance } from "../model/walk.js";
import { entrySpan } from "./spans.js";
import type { RuleContext } from "./types.js";

const LISTENERS = {
  mqtt: { authorization: "mqtt-authorization", clients: "MQTT" },
  websocket: { authorization: "websocket-authorization", clients: "WebSocket" },
} as const;

/**
 * Reports a user or token in the listener's authorization block when the
 * config also defines users, with the rule's `singleUser` message; nats-server
 * refuses to start with both.
 */
export function checkSingleUser(
  context: RuleContext,
  listener: BlockInstance,
  kind: keyof typeof LISTENERS,
): void {
  if (!hasConfiguredUsers(context.blocks)) return;
  const { authorization: specId, clients } = LISTENERS[kind];
  const authorization = childBlocks(context.blocks, listener).find(
    (instance) => instance.spec.id === specId,
  );
  if (authorization === undefined) return;
  for (const name of ["user", "token"]) {
    const entry = entryFor(authorization.spec, authorization.map, name);
    if (entry?.value.type !== "string" || entry.value.value === "") continue;
    context.report({
      messageId: "singleUser",
      data: { key: entry.key },
      span: entrySpan(entry),
      help: `Remove the ${kind} credential and let ${clients} clients log in as one of the configured users.`,
    });
  }
}
