import { blockEntry, clientUsers } from "../model/auth-config.js";
import { locate, type Value } from "../resolve/values.js";
import { formatVersion, isAtLeast } from "../target/version.js";
import { suggest } from "./suggest.js";
import type { Rule } from "./types.js";

/** Connection types of nats-server 2.2 and later, upper case; the server ignores case. */
const TYPES = ["STANDARD", "WEBSOCKET", "LEAFNODE", "LEAFNODE_WS", "MQTT", "MQTT_WS"];

/** IN_PROCESS came with nats-server 2.11.0. */
const IN_PROCESS = { name: "IN_PROCESS", since: "2.11.0" };

export const rule: Rule = {
  meta: {
    id: "allowed-conn-types",
    severity: "error",
    description: "an unknown connection type in allowed_connection_types",
    server: "rejects",
    messages: {
      unknown:
        'allowed_connection_types names "{value}", which is not a connection type; nats-server rejects the config.',
      tooNew:
        "allowed_connection_types names IN_PROCESS, a connection type of nats-server {since} and later; nats-server {target} rejects the config.",
      notString:
        "Item {index} of allowed_connection_types is not a string; nats-server rejects the config.",
    },
  },
  check(context) {
    const hasInProcess = isAtLeast(context.target, IN_PROCESS.since);
    const known = hasInProcess ? [...TYPES, IN_PROCESS.name] : TYPES;
    for (const user of clientUsers(context)) {
      const entry = blockEntry(user.instance, "allowed_connection_types");
      if (entry === undefined) continue;
      const value = entry.value;
      // A single string outside the schema's list is value-not-allowed's finding.
      const items: { item: Value; inArray: boolean }[] =
        value.type === "array"
          ? value.items.map((item) => ({ item, inArray: true }))
          : [{ item: value, inArray: false }];
      items.forEach(({ item, inArray }, index) => {
        if (item.type !== "string") {
          if (inArray) {
            context.report({
              messageId: "notString",
              data: { index: index + 1 },
              span: locate(item),
              help: `Write connection types as strings: ${known.join(", ")}.`,
            });
          }
          return;
        }
        const upper = item.value.toUpperCase();
        if (known.includes(upper)) return;
        if (upper === IN_PROCESS.name) {
          context.report({
            messageId: "tooNew",
            data: { since: IN_PROCESS.since, target: formatVersion(context.target) },
            span: locate(item),
            help: "Remove IN_PROCESS, or target nats-server 2.11.0 or later.",
          });
          return;
        }
        if (!inArray) return;
        const suggestion = suggest(upper, known);
        context.report({
          messageId: "unknown",
          data: { value: item.value },
          span: locate(item),
          help:
            suggestion === undefined
              ? `Use one of: ${known.join(", ")} (case does not matter).`
              : `Did you mean "${suggestion}"?`,
        });
      });
    }
  },
};
