import { hasListenPort, topBlock } from "../model/servers-options.js";
import { boolFor, entryFor } from "../model/walk.js";
import type { Rule } from "./types.js";

export const rule: Rule = {
  meta: {
    id: "websocket-tls",
    severity: "error",
    description: "a websocket listener with neither tls nor no_tls: true",
    server: "fails-at-startup",
    messages: {
      missing:
        "The websocket listener has no tls block, and nats-server refuses to start it without TLS unless no_tls is true.",
    },
  },
  check(context) {
    const websocket = topBlock(context.blocks, "websocket");
    if (websocket?.owner == null || !hasListenPort(websocket)) return;
    if (entryFor(websocket.spec, websocket.map, "tls")?.value.type === "map") return;
    if (boolFor(websocket.spec, websocket.map, "no_tls") === true) return;
    context.report({
      messageId: "missing",
      span: websocket.owner.keyOrigin,
      help: 'Add tls { cert_file: "...", key_file: "..." } to the websocket block, or set no_tls: true behind a TLS-terminating proxy.',
    });
  },
};
