import type { IntegerValue } from "../resolve/values.js";
import type { KeySpec } from "../schema/index.js";
import { isAtLeast, type ServerVersion } from "../target/version.js";
import { entrySpan } from "./spans.js";
import { entryPath, forEachKeyedEntry, literalText } from "./schema-entries.js";
import type { Rule } from "./types.js";

/** Blocks whose `timeout` another rule (auth-timeout) checks. */
const AUTHORIZATION_BLOCKS = new Set([
  "authorization",
  "cluster-authorization",
  "gateway-authorization",
  "leafnode-authorization",
  "websocket-authorization",
  "mqtt-authorization",
]);

/**
 * True when the target reads a duration string for the key. Before that an
 * integer number of seconds is the only form, and the server does not warn.
 */
function stringsReadIn(key: KeySpec, target: ServerVersion): boolean {
  const since = key.typesSince?.string;
  return since === undefined || isAtLeast(target, since);
}

/** The unit suffix of an unquoted integer literal, such as "m" in 1m; "" for none. */
function suffixOf(value: IntegerValue): string {
  if (value.via !== undefined) return "";
  return /[a-zA-Z]+$/.exec(literalText(value))?.[0] ?? "";
}

export const rule: Rule = {
  meta: {
    id: "duration-integer",
    severity: "warning",
    description: "an integer where a duration string belongs, including the unquoted 1m trap",
    server: "warns",
    messages: {
      integer:
        "{path} is the integer {value}. nats-server reads it as {value} seconds but warns that it should be a duration, and the warning makes nats-server -t fail.",
      suffix:
        "{path} is written {literal}, which the parser reads as the integer {value} ({suffix} is a size suffix, not a time unit), so the server waits {value} seconds.",
    },
  },
  check(context) {
    forEachKeyedEntry(context, (found) => {
      const { entry, key, instance } = found;
      const value = entry.value;
      if (value.type !== "int64") return;
      const suffix = suffixOf(value);
      if (key.meaning === "duration") {
        if (suffix !== "") {
          context.report({
            messageId: "suffix",
            data: {
              path: entryPath(found),
              literal: literalText(value),
              value: value.value,
              suffix,
            },
            span: entrySpan(entry),
            help: `Quote it: "${literalText(value)}" is read as a duration.`,
          });
        } else if (stringsReadIn(key, context.target)) {
          context.report({
            messageId: "integer",
            data: { path: entryPath(found), value: value.value },
            span: entrySpan(entry),
            help: `Write "${value.value}s" in quotes.`,
          });
        }
        return;
      }
      // Keys that take seconds accept integers; only the suffix trap is wrong there.
      if (
        key.meaning === "seconds" &&
        suffix !== "" &&
        !AUTHORIZATION_BLOCKS.has(instance.spec.id)
      ) {
        context.report({
          messageId: "suffix",
          data: { path: entryPath(found), literal: literalText(value), value: value.value, suffix },
          span: entrySpan(entry),
          help: `Quote it: "${literalText(value)}" is read as a duration.`,
          server: "accepts",
        });
      }
    });
  },
};
