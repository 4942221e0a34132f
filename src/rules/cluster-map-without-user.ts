import { tlsEntry } from "../model/tls.js";
import { mapSpan, routeUserEntry } from "./cert-users.js";
import type { Rule } from "./types.js";

const PEERS: Readonly<Record<string, string>> = {
  cluster: "route",
  gateway: "gateway connection",
};

export const rule: Rule = {
  meta: {
    id: "cluster-map-without-user",
    severity: "error",
    description: "verify_and_map in cluster or gateway tls without an authorization user",
    server: "accepts",
    messages: {
      noUser:
        "{block}.tls sets verify_and_map: true, but {block}.authorization has no user. The server accepts a peer only when " +
        "its certificate names that user, so it rejects every {peer}.",
    },
  },
  check(context) {
    for (const block of context.tlsBlocks) {
      if (block.place !== "cluster" && block.place !== "gateway") continue;
      if (!block.mapsCertificates) continue;
      // With known-URL checks, peers whose DNS SAN names a configured URL are still accepted.
      const knownUrls = tlsEntry(block, "verify_cert_and_check_known_urls")?.value;
      if (knownUrls?.type === "bool" && knownUrls.value) continue;
      const user = routeUserEntry(block)?.value;
      if (user?.type === "string" && user.value !== "") continue;
      context.report({
        messageId: "noUser",
        data: { block: block.place, peer: PEERS[block.place]! },
        span: mapSpan(block),
        help: `Set ${block.place}.authorization.user to the DNS SAN, email or subject (in Go's form) of the peers' certificates, or remove verify_and_map.`,
      });
    }
  },
};
