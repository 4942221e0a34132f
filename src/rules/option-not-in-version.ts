import { blockPath } from "../model/walk.js";
import { findKey } from "../schema/index.js";
import { keyAvailability, keyExistsIn } from "../schema/versions.js";
import { formatVersion } from "../target/version.js";
import type { Rule } from "./types.js";

export const rule: Rule = {
  meta: {
    id: "option-not-in-version",
    severity: "error",
    description: "an option that the target nats-server version does not know yet, or no longer",
    server: "rejects",
    messages: {
      tooNew:
        '"{key}" {where} is an option of nats-server {since} and later; nats-server {target} rejects it as an unknown field.',
      removed:
        '"{key}" {where} was dropped in nats-server {until}; nats-server {target} rejects it as an unknown field.',
      tooNewIgnored:
        '"{key}" {where} is an option of nats-server {since} and later; nats-server {target} ignores it, as it ignores every key it does not know in this block.',
      removedIgnored:
        '"{key}" {where} was dropped in nats-server {until}; nats-server {target} ignores it, as it ignores every key it does not know in this block.',
    },
  },
  check(context) {
    const target = formatVersion(context.target);
    for (const instance of context.blocks) {
      const spec = instance.spec;
      if (spec.dataEntries !== undefined) continue;
      const path = blockPath(instance);
      const where = path === "" ? "at the top level" : `in ${path}`;
      for (const entry of instance.map.entries.values()) {
        const key = findKey(spec, entry.key);
        if (key === undefined) continue;
        // The server exempts keys that serve as $variables, except in tls blocks.
        if (entry.usedAsVariable && spec.variablesAllowed) continue;
        const availability = keyAvailability(spec, key, entry.key);
        if (keyExistsIn(availability, context.target)) continue;
        const tooNew = availability.until === undefined;
        const ignored = spec.unknownKeys === "ignored";
        context.report({
          messageId: (tooNew ? "tooNew" : "removed") + (ignored ? "Ignored" : ""),
          data: {
            key: entry.key,
            where,
            since: availability.since ?? "",
            until: availability.until ?? "",
            target,
          },
          span: entry.keyOrigin,
          help: tooNew
            ? `Remove "${entry.key}", or upgrade the server and set the target version (--server-version or "serverVersion" in .natsconf.json).`
            : `Remove "${entry.key}", or use the spelling that nats-server ${target} knows.`,
          ...(ignored ? { server: "accepts" as const } : {}),
        });
      }
    }
  },
};
