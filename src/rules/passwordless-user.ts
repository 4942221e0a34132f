import { classifyIdentity } from "../model/identity.js";
import { hasPassword } from "../model/users.js";
import { blockPath, entryFor, stringFor, type BlockInstance } from "../model/walk.js";
import type { Entry } from "../resolve/values.js";
import { findKey } from "../schema/index.js";
import {
  describeListeners,
  findUnmappedUsers,
  isNoAuthUserEverywhere,
  plaintextWarningReaction,
  type UnmappedUser,
} from "./cert-users.js";
import { entrySpan } from "./spans.js";
import type { Rule, RuleContext } from "./types.js";

/** Blocks with a single user, and what sending that user's name alone achieves. */
const SINGLE_USER_BLOCKS: Readonly<Record<string, string>> = {
  authorization: "any client that sends this name logs in",
  "websocket-authorization": "any WebSocket client that sends this name logs in",
  "mqtt-authorization": "any MQTT client that sends this name logs in",
  "leafnode-authorization": "any leafnode that sends this name connects",
  "cluster-authorization": "any server that sends this name can open a route",
  "gateway-authorization": "any server that sends this name can open a gateway connection",
};

function reportTableUser(context: RuleContext, found: UnmappedUser): void {
  const paths = found.paths.filter((path) => !isNoAuthUserOfPath(found, path.noAuthUser));
  context.report({
    messageId: "tableUser",
    data: { name: found.name, listeners: describeListeners(paths) },
    span: entrySpan(found.nameEntry),
    help:
      found.user.scope === "leafnode"
        ? "Give the leafnode user a password (a bcrypt hash), or set verify_and_map: true in leafnodes.tls so that certificates select it."
        : "Give the user a password (a bcrypt hash) or use an nkey; if anonymous access is meant, make it the no_auth_user.",
    server: plaintextWarningReaction(context, found.user),
  });
}

function isNoAuthUserOfPath(found: UnmappedUser, entry: Entry | undefined): boolean {
  return entry?.value.type === "string" && entry.value.value === found.name;
}

/** Reports the single user of an authorization block when it has no password. */
function checkSingleUser(context: RuleContext, instance: BlockInstance): void {
  const consequence = SINGLE_USER_BLOCKS[instance.spec.id];
  if (consequence === undefined) return;
  const nameEntry = entryFor(instance.spec, instance.map, "user");
  const name = stringFor(instance.spec, instance.map, "user");
  if (nameEntry === undefined || name === undefined || name === "") return;
  const password = stringFor(instance.spec, instance.map, "password");
  if (password !== undefined && password !== "") return;
  if (conflictsWithUsers(context, instance)) return;
  // With verify_and_map, routes and gateways compare this user with the peer certificate.
  if (routeBlockMaps(context, instance)) return;
  context.report({
    messageId: "singleUser",
    data: { name, block: blockPath(instance), consequence },
    span: entrySpan(nameEntry),
    help: "Set a password (a bcrypt hash) next to the user.",
    server: "accepts",
  });
}

/**
 * True when a single user sits next to a users array or nkeys that make the
 * config invalid. The authorization rules report those conflicts.
 */
function conflictsWithUsers(context: RuleContext, instance: BlockInstance): boolean {
  const hasUsersKey = findKey(instance.spec, "users") !== undefined;
  if (hasUsersKey && entryFor(instance.spec, instance.map, "users") !== undefined) return true;
  const clientSide = ["authorization", "websocket-authorization", "mqtt-authorization"];
  return (
    clientSide.includes(instance.spec.id) && context.users.some((user) => user.scope === "global")
  );
}

function routeBlockMaps(context: RuleContext, instance: BlockInstance): boolean {
  if (instance.spec.id !== "cluster-authorization" && instance.spec.id !== "gateway-authorization")
    return false;
  return context.tlsBlocks.some(
    (block) => block.instance.parent === instance.parent && block.mapsCertificates,
  );
}

export const rule: Rule = {
  meta: {
    id: "passwordless-user",
    severity: "error",
    description: "a user without password or nkey whose name alone logs in",
    server: "logs",
    messages: {
      tableUser:
        'User "{name}" has no password and no nkey, and no listener maps certificates to it, ' +
        "so anyone who sends this name as the username logs in on the {listeners} listener.",
      singleUser: '{block} sets user "{name}" without a password, so {consequence}.',
    },
  },
  check(context) {
    for (const found of findUnmappedUsers(context)) {
      // Names of certificate identities are the passwordless-cert-user rule's case.
      if (classifyIdentity(found.name) !== null) continue;
      if (hasPassword(found.user) || isNoAuthUserEverywhere(found)) continue;
      reportTableUser(context, found);
    }
    for (const instance of context.blocks) checkSingleUser(context, instance);
  },
};
