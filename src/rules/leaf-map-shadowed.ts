import { leafnodeSingleCredentials } from "../model/users.js";
import { mapSpan } from "./cert-users.js";
import { entrySpan } from "./spans.js";
import type { Rule } from "./types.js";

export const rule: Rule = {
  meta: {
    id: "leaf-map-shadowed",
    severity: "warning",
    description: "leafnodes verify_and_map next to a single leafnode user or nkey",
    server: "accepts",
    messages: {
      shadowed:
        "leafnodes.tls sets verify_and_map: true, but leafnodes.authorization sets a single {key}, which the server checks " +
        "instead: the certificate of an accepted leafnode is verified but never mapped to a user.",
    },
  },
  check(context) {
    for (const listener of context.listeners) {
      if (listener.kind !== "leafnodes" || listener.tls?.mapsCertificates !== true) continue;
      const credentials = leafnodeSingleCredentials(listener);
      if (credentials.length === 0) continue;
      const key = credentials[0]!.key.toLowerCase() === "nkey" ? "nkey" : "user";
      context.report({
        messageId: "shadowed",
        data: { key },
        span: mapSpan(listener.tls),
        related: credentials.map((entry) => ({
          span: entrySpan(entry),
          message: "the server authenticates leafnodes with this instead",
        })),
        help: "Remove verify_and_map, or replace the single user with leafnodes.authorization.users named after the certificates.",
      });
    }
  },
};
