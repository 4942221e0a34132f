import { hasListenPort, topBlock } from "../model/servers-options.js";
import { entryFor } from "../model/walk.js";
import { entrySpan } from "./spans.js";
import type { Rule } from "./types.js";

export const rule: Rule = {
  meta: {
    id: "websocket-no-tls",
    severity: "warning",
    description: "a websocket listener without TLS because no_tls is true",
    server: "logs",
    messages: {
      plain:
        "The websocket listener runs without TLS (no_tls: true), so credentials and messages cross the network in clear text. nats-server logs a warning not to use this in production.",
    },
  },
  check(context) {
    const websocket = topBlock(context.blocks, "websocket");
    if (websocket === undefined || !hasListenPort(websocket)) return;
    // A tls block wins over no_tls: the server then uses TLS anyway.
    if (entryFor(websocket.spec, websocket.map, "tls")?.value.type === "map") return;
    const noTls = entryFor(websocket.spec, websocket.map, "no_tls");
    if (noTls?.value.type !== "bool" || !noTls.value.value) return;
    context.report({
      messageId: "plain",
      span: entrySpan(noTls),
      help: "Add a tls block to the websocket listener, or terminate TLS in a proxy that only this server can reach.",
    });
  },
};
