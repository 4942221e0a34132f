import { entrySpan } from "./spans.js";
import { entryPath, forEachKeyedEntry } from "./schema-entries.js";
import type { Rule } from "./types.js";

export const rule: Rule = {
  meta: {
    id: "value-out-of-range",
    severity: "error",
    description: "an integer outside the range an option accepts",
    server: "rejects",
    messages: {
      tooSmall: "{path} is {value}, below the smallest value nats-server accepts, {min}.",
      tooBig: "{path} is {value}, above the largest value nats-server accepts, {max}.",
    },
  },
  check(context) {
    forEachKeyedEntry(context, (found) => {
      const { entry, key } = found;
      const value = entry.value;
      if (value.type !== "int64") return;
      const server = key.valueCheckedAt === "startup" ? ("fails-at-startup" as const) : undefined;
      const range =
        key.min !== undefined && key.max !== undefined
          ? `Give a value from ${key.min} to ${key.max}.`
          : undefined;
      if (key.min !== undefined && value.value < BigInt(key.min)) {
        context.report({
          messageId: "tooSmall",
          data: { path: entryPath(found), value: value.value, min: key.min },
          span: entrySpan(entry),
          help: range ?? `Give a value of at least ${key.min}.`,
          ...(server === undefined ? {} : { server }),
        });
      } else if (key.max !== undefined && value.value > BigInt(key.max)) {
        context.report({
          messageId: "tooBig",
          data: { path: entryPath(found), value: value.value, max: key.max },
          span: entrySpan(entry),
          help: range ?? `Give a value of at most ${key.max}.`,
          ...(server === undefined ? {} : { server }),
        });
      }
    });
  },
};
