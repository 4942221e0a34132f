import { entrySpan } from "./spans.js";
import { entryPath, forEachKeyedEntry } from "./schema-entries.js";
import { suggest } from "./suggest.js";
import type { Rule } from "./types.js";

export const rule: Rule = {
  meta: {
    id: "value-not-allowed",
    severity: "error",
    description: "a string value outside the values an option accepts",
    server: "rejects",
    messages: {
      notAllowed: '{path} does not accept "{value}"; it takes one of: {allowed}.',
      wrongCase:
        '{path} does not accept "{value}": nats-server compares this value with exact case, so write "{suggestion}".',
    },
  },
  check(context) {
    forEachKeyedEntry(context, (found) => {
      const { entry, key } = found;
      const value = entry.value;
      if (key.values === undefined || value.type !== "string") return;
      const ignoreCase = key.valuesIgnoreCase === true;
      const wanted = ignoreCase ? value.value.toLowerCase() : value.value;
      const allowed = key.values.some((v) => (ignoreCase ? v.toLowerCase() : v) === wanted);
      if (allowed) return;
      // Duration-like keys take some words and otherwise a duration string.
      if (key.meaning === "duration" || key.meaning === "duration-string") return;
      const server = key.valueCheckedAt === "startup" ? ("fails-at-startup" as const) : undefined;
      const sameButCase = key.values.find((v) => v.toLowerCase() === value.value.toLowerCase());
      const span = entrySpan(entry);
      if (sameButCase !== undefined) {
        context.report({
          messageId: "wrongCase",
          data: { path: entryPath(found), value: value.value, suggestion: sameButCase },
          span,
          help: `Write "${sameButCase}".`,
          ...(server === undefined ? {} : { server }),
        });
        return;
      }
      const suggestion = suggest(value.value, key.values);
      context.report({
        messageId: "notAllowed",
        data: { path: entryPath(found), value: value.value, allowed: key.values.join(", ") },
        span,
        help:
          suggestion === undefined
            ? `Use one of: ${key.values.join(", ")}.`
            : `Did you mean "${suggestion}"?`,
        ...(server === undefined ? {} : { server }),
      });
    });
  },
};
