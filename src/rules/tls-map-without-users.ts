import { leafnodesHaveOwnCredentials, type Listener } from "../model/users.js";
import { entryFor, stringFor } from "../model/walk.js";
import { getBlock } from "../schema/index.js";
import { hasTableUsers, mapSpan } from "./cert-users.js";
import type { Rule, RuleContext } from "./types.js";

/** Says what authenticates clients on a listener when there is no users table. */
function whatDecides(context: RuleContext, listener: Listener): string {
  const top = getBlock("top");
  const root = context.config.root;
  if (entryFor(top, root, "operator") !== undefined || entryFor(top, root, "trusted") !== undefined)
    return "in operator mode clients authenticate with user JWTs";
  if (listener.instance !== null && listener.kind !== "leafnodes") {
    const authorization = entryFor(listener.instance.spec, listener.instance.map, "authorization");
    if (authorization?.value.type === "map")
      return `the ${listener.kind}.authorization block authenticates clients`;
  }
  if (context.users.some((user) => user.scope === "global" && user.nkey !== undefined))
    return "clients authenticate with their nkeys";
  const authorization = entryFor(top, root, "authorization")?.value;
  if (authorization?.type === "map") {
    const spec = getBlock("authorization");
    if (stringFor(spec, authorization, "token") !== undefined)
      return "clients authenticate with the token";
    if (stringFor(spec, authorization, "user") !== undefined)
      return "clients authenticate with the single user and password";
  }
  return "authentication is off, so every client whose certificate the CA signed is admitted";
}

export const rule: Rule = {
  meta: {
    id: "tls-map-without-users",
    severity: "warning",
    description: "verify_and_map on a listener while the config has no users table",
    server: "accepts",
    messages: {
      noUsers:
        "The {listener} listener sets verify_and_map: true, but the config has no users in authorization.users or accounts, " +
        "and nats-server maps certificates only to such users. No certificate is mapped: {decides}.",
    },
  },
  check(context) {
    if (hasTableUsers(context)) return;
    for (const listener of context.listeners) {
      if (listener.tls?.mapsCertificates !== true) continue;
      // Leafnode credentials of their own are the leaf-map-shadowed rule's case, or are mapped.
      if (listener.kind === "leafnodes" && leafnodesHaveOwnCredentials(listener)) continue;
      context.report({
        messageId: "noUsers",
        data: { listener: listener.kind, decides: whatDecides(context, listener) },
        span: mapSpan(listener.tls),
        help: "Add the certificate identities to authorization.users (or an account's users), or use verify: true if certificates should only be verified.",
      });
    }
  },
};
