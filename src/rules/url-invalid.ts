import { maskUrlUserinfo, urlProblem } from "../model/urls.js";
import type { Value } from "../resolve/values.js";
import { entryPath, forEachKeyedEntry } from "./schema-entries.js";
import type { Rule } from "./types.js";

/** Blocks whose URL lists nats-server parses while reading options. */
const URL_BLOCKS = new Set(["cluster", "gateway-remote", "leafnode-remote"]);

export const rule: Rule = {
  meta: {
    id: "url-invalid",
    severity: "error",
    description: "a route, gateway or leafnode remote URL that does not parse",
    server: "rejects",
    messages: {
      invalid: '{path} has "{url}", which is not a valid URL: {problem}.',
    },
  },
  check(context) {
    forEachKeyedEntry(context, (found) => {
      if (found.key.meaning !== "url" || !URL_BLOCKS.has(found.instance.spec.id)) return;
      const value = found.entry.value;
      const items: Value[] = value.type === "array" ? value.items : [value];
      for (const item of items) {
        if (item.type !== "string") continue;
        const problem = urlProblem(item.value);
        if (problem === undefined) continue;
        context.report({
          messageId: "invalid",
          // The URL is shown with its user information masked, because it may contain a password.
          data: { path: entryPath(found), url: maskUrlUserinfo(item.value), problem },
          span: item.via ?? item,
          help: 'Write a full URL such as "nats://host:6222", with a scheme and a numeric port.',
        });
      }
    });
  },
};
