import { isAtLeast } from "../target/version.js";
import type { Rule } from "./types.js";

export const rule: Rule = {
  meta: {
    id: "empty-config",
    severity: "warning",
    description: "a config file with no values",
    server: "warns",
    messages: {
      empty:
        "The config has no values, so the server runs with its defaults. nats-server warns that the config is empty, and the warning makes nats-server -t fail.",
    },
  },
  check(context) {
    // nats-server 2.9.22 added the warning; older releases accept an empty file silently.
    if (!isAtLeast(context.target, "2.9.22")) return;
    const { root, diagnostics, source } = context.config;
    if (root.entries.size > 0) return;
    // A file that does not parse is empty only because of its errors.
    if (diagnostics.some((diagnostic) => diagnostic.severity === "error")) return;
    context.report({
      messageId: "empty",
      span: { source, start: 0, end: 0 },
      help: "Add the options this server needs, such as port: 4222, or remove the -c option to run with the defaults on purpose.",
    });
  },
};
