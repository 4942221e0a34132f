import { hasListenPort } from "../model/servers-options.js";
import { dialsOut, tlsEntryIn, tlsPath, type TlsBlock } from "../model/tls.js";
import { entrySpan } from "./spans.js";
import type { Rule, ServerReaction } from "./types.js";

const PEER_NAMES: Readonly<Record<string, string>> = {
  cluster: "route peers",
  gateway: "gateways",
  "gateway-remote": "this gateway",
  "leafnode-remote": "the leafnode hub",
  resolver: "the URL resolver",
};

/**
 * What the server does about the key: it logs "DO NOT USE IN PRODUCTION" when it
 * starts the route, gateway or leafnode listener (nats-server 2.9.10 to 2.14),
 * and logs nothing about resolver_tls or remotes of a server without a leafnode port.
 */
function reactionOf(block: TlsBlock): ServerReaction {
  if (block.place === "resolver") return "accepts";
  if (block.place === "leafnode-remote") {
    const leafnodes = block.instance.parent?.parent ?? undefined;
    return hasListenPort(leafnodes) ? "logs" : "accepts";
  }
  return "logs";
}

export const rule: Rule = {
  meta: {
    id: "tls-insecure",
    severity: "error",
    description: "insecure: true where this server dials, which turns off certificate checks",
    server: "logs",
    messages: {
      insecure:
        "{path}.insecure: true turns off the check of the certificate chain and host name of {peer}, so anyone on the network path can pose as them.",
    },
  },
  check(context) {
    for (const block of context.tlsBlocks) {
      if (!dialsOut(block.place)) continue;
      const entry = tlsEntryIn(block, "insecure", context.target);
      if (entry?.value.type !== "bool" || !entry.value.value) continue;
      context.report({
        messageId: "insecure",
        data: { path: tlsPath(block), peer: PEER_NAMES[block.place] ?? "the peer" },
        span: entrySpan(entry),
        help: "Remove insecure and set ca_file to the CA that signed the peer's certificate.",
        server: reactionOf(block),
      });
    }
  },
};
