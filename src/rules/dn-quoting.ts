import { entryFor } from "../model/walk.js";
import { findCutDn } from "./cert-users.js";
import { entrySpan } from "./spans.js";
import type { Rule } from "./types.js";

/** Blocks whose `user` key may hold a DN, and the other keys that name a user. */
const USER_KEYS: Readonly<Record<string, readonly string[]>> = {
  user: ["user"],
  "leafnode-user": ["user"],
  authorization: ["user"],
  "cluster-authorization": ["user"],
  "gateway-authorization": ["user"],
  "leafnode-authorization": ["user"],
  "websocket-authorization": ["user"],
  "mqtt-authorization": ["user"],
  top: ["no_auth_user"],
  websocket: ["no_auth_user"],
  mqtt: ["no_auth_user"],
};

export const rule: Rule = {
  meta: {
    id: "dn-quoting",
    severity: "error",
    description: "an unquoted DN that the config parser cuts at its first comma",
    server: "rejects",
    messages: {
      cut:
        'The unquoted value "{value}" ends at the comma, so the rest of the DN is read as more keys, ' +
        "which nats-server rejects as unknown fields.",
    },
  },
  check(context) {
    for (const instance of context.blocks) {
      for (const key of USER_KEYS[instance.spec.id] ?? []) {
        const entry = entryFor(instance.spec, instance.map, key);
        if (entry === undefined) continue;
        const cut = findCutDn(entry);
        if (cut === undefined || entry.value.type !== "string") continue;
        context.report({
          messageId: "cut",
          data: { value: entry.value.value },
          span: entrySpan(entry),
          related: [{ span: cut.rest, message: "the parser reads this as a key" }],
          help: `Quote the DN: "${cut.written}" (write a comma inside a value as \\\\, in double quotes or \\, in single quotes).`,
        });
      }
    }
  },
};
