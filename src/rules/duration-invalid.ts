import { parseGoDuration } from "../model/durations.js";
import { isAtLeast } from "../target/version.js";
import { entrySpan } from "./spans.js";
import { entryPath, forEachKeyedEntry } from "./schema-entries.js";
import type { Rule } from "./types.js";

const MEANINGS = new Set(["duration", "duration-string", "seconds"]);

export const rule: Rule = {
  meta: {
    id: "duration-invalid",
    severity: "error",
    description: "a duration string that Go's duration parser rejects",
    server: "rejects",
    messages: {
      unknownUnit:
        '{path} is "{value}", and "{unit}" is not a duration unit; nats-server rejects the config.',
      missingUnit: '{path} is "{value}", which lacks a unit; nats-server rejects the config.',
      invalid: '{path} is "{value}", which is not a duration; nats-server rejects the config.',
    },
  },
  check(context) {
    forEachKeyedEntry(context, (found) => {
      const { entry, key } = found;
      const value = entry.value;
      if (value.type !== "string" || key.meaning === undefined || !MEANINGS.has(key.meaning))
        return;
      // Releases that do not read strings here get value-type's finding instead.
      const since = key.typesSince?.string;
      if (since !== undefined && !isAtLeast(context.target, since)) return;
      // The server takes any string here without parsing it. The websocket and
      // mqtt authorization timeouts become 1 second (ws-auth-timeout-string).
      if (key.typesIgnored?.includes("string") === true) return;
      if (key.values?.some((allowed) => allowed.toLowerCase() === value.value.toLowerCase()))
        return;
      const parsed = parseGoDuration(value.value);
      if (parsed.ok) return;
      const data = { path: entryPath(found), value: value.value, unit: parsed.unit ?? "" };
      const messageId =
        parsed.reason === "unknown-unit"
          ? "unknownUnit"
          : parsed.reason === "missing-unit"
            ? "missingUnit"
            : "invalid";
      const days = /^(\d+)d$/.exec(value.value);
      context.report({
        messageId,
        data,
        span: entrySpan(entry),
        help:
          days !== null
            ? `Go durations have no day unit: write "${Number(days[1]) * 24}h".`
            : 'Write a Go duration such as "30s", "2m", "1h30m" or "500ms" (units: ns, us, ms, s, m, h).',
      });
    });
  },
};
