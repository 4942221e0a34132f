import { topBlock, topEntry } from "../model/servers-options.js";
import { entryFor } from "../model/walk.js";
import type { Entry } from "../resolve/values.js";
import { isAtLeast } from "../target/version.js";
import { entrySpan } from "./spans.js";
import type { Rule } from "./types.js";

export const rule: Rule = {
  meta: {
    id: "name-spaces",
    severity: "error",
    description: "server_name, cluster.name or gateway.name that contains a space",
    server: "rejects",
    messages: {
      spaces: '{path} "{value}" contains a space, and nats-server rejects names with spaces.',
    },
  },
  check(context) {
    // nats-server 2.11.0 added the check; older releases accept the name.
    if (!isAtLeast(context.target, "2.11.0")) return;
    const named: { path: string; entry: Entry | undefined }[] = [
      { path: "server_name", entry: topEntry(context.config.root, "server_name") },
    ];
    for (const block of ["cluster", "gateway"]) {
      const instance = topBlock(context.blocks, block);
      if (instance === undefined) continue;
      named.push({ path: `${block}.name`, entry: entryFor(instance.spec, instance.map, "name") });
    }
    for (const { path, entry } of named) {
      if (entry?.value.type !== "string" || !entry.value.value.includes(" ")) continue;
      context.report({
        messageId: "spaces",
        data: { path, value: entry.value.value },
        span: entrySpan(entry),
        help: `Remove the spaces from ${path}, for example by writing "${entry.value.value.replaceAll(" ", "-")}".`,
      });
    }
  },
};
