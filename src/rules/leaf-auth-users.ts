import type { Entry } from "../resolve/values.js";
import { entryFor } from "../model/walk.js";
import { isAtLeast } from "../target/version.js";
import { entrySpan } from "./spans.js";
import type { Rule } from "./types.js";

/** Returns the entry when it sets a non-empty string, as the server tests it. */
function nonEmpty(entry: Entry | undefined): Entry | undefined {
  return entry?.value.type === "string" && entry.value.value !== "" ? entry : undefined;
}

export const rule: Rule = {
  meta: {
    id: "leaf-auth-users",
    severity: "error",
    description:
      "leafnode authorization with a users array next to a single user or nkey, or a user twice",
    server: "rejects",
    messages: {
      single:
        "leafnodes.authorization sets {key} and a users array; nats-server rejects the config because a leafnode authenticates either as the single user or as one of the users.",
      duplicate:
        'User "{name}" is listed twice in leafnodes.authorization.users; nats-server rejects the config.',
    },
  },
  check(context) {
    for (const instance of context.blocks) {
      if (instance.spec.id !== "leafnode-authorization") continue;
      const users = entryFor(instance.spec, instance.map, "users");
      if (users?.value.type !== "array" || users.value.items.length === 0) continue;

      const user = nonEmpty(entryFor(instance.spec, instance.map, "user"));
      // The server checks a single nkey against users since 2.11.0.
      const nkey = nonEmpty(entryFor(instance.spec, instance.map, "nkey"));
      const single =
        user ?? (nkey !== undefined && isAtLeast(context.target, "2.11.0") ? nkey : undefined);
      if (single !== undefined) {
        context.report({
          messageId: "single",
          data: { key: single.key },
          span: entrySpan(single),
          related: [{ span: users.keyOrigin, message: "the users array is here" }],
          help: `Move the single ${single.key} into the users array, or remove the array.`,
        });
      }

      const seen = new Map<string, Entry>();
      for (const item of users.value.items) {
        if (item.type !== "map") continue;
        const name = [...item.entries.values()].find((entry) =>
          ["user", "username"].includes(entry.key.toLowerCase()),
        );
        if (name?.value.type !== "string") continue;
        const first = seen.get(name.value.value);
        if (first === undefined) {
          seen.set(name.value.value, name);
          continue;
        }
        context.report({
          messageId: "duplicate",
          data: { name: name.value.value },
          span: entrySpan(name),
          related: [{ span: entrySpan(first), message: "first listed here" }],
          help: "Remove one of the entries, or give them different names.",
        });
      }
    }
  },
};
