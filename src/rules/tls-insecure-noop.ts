import {
  dialsOut,
  listenerIsOn,
  remotesMissingLeafnodeTls,
  tlsEntryIn,
  tlsPath,
} from "../model/tls.js";
import { entrySpan } from "./spans.js";
import type { Rule } from "./types.js";

export const rule: Rule = {
  meta: {
    id: "tls-insecure-noop",
    severity: "warning",
    description: "insecure: true in the tls block of a listener, where it has no effect",
    server: "accepts",
    messages: {
      noEffect:
        "{path}.insecure has no effect: it skips checks of servers that this server dials, and this block only accepts connections.",
      leafnodes:
        "{path}.insecure has no effect on leafnode remotes: they dial with their own tls block.",
    },
  },
  check(context) {
    for (const block of context.tlsBlocks) {
      if (dialsOut(block.place)) continue;
      // leaf-tls-wrong-side reports the whole block when it looks meant for remotes.
      if (remotesMissingLeafnodeTls(block).length > 0) continue;
      const entry = tlsEntryIn(block, "insecure", context.target);
      if (entry?.value.type !== "bool" || !entry.value.value) continue;
      const leafnodes = block.place === "leafnodes";
      context.report({
        messageId: leafnodes ? "leafnodes" : "noEffect",
        data: { path: tlsPath(block) },
        span: entrySpan(entry),
        help: leafnodes
          ? "Remove insecure; to skip checks of a hub's certificate (for tests only), set it in that remote's tls block."
          : "Remove insecure; to require client certificates, set verify: true and ca_file.",
        // The leafnode listener still logs that leafnode certificates will not be verified.
        ...(leafnodes && listenerIsOn(block) ? { server: "logs" as const } : {}),
      });
    }
  },
};
