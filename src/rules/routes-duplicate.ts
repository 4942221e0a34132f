import { topBlock } from "../model/servers-options.js";
import { blockPath, entryFor, type BlockInstance } from "../model/walk.js";
import { locate, type Value } from "../resolve/values.js";
import { isAtLeast } from "../target/version.js";
import type { Rule, RuleContext } from "./types.js";

interface UrlArray {
  path: string;
  items: readonly Value[];
}

/** URL arrays that the server reads with a duplicate check: routes, remote leafnode and gateway URLs. */
function urlArrays(context: RuleContext): UrlArray[] {
  const arrays: UrlArray[] = [];
  const add = (instance: BlockInstance | undefined, key: string) => {
    if (instance === undefined) return;
    const entry = entryFor(instance.spec, instance.map, key);
    if (entry?.value.type !== "array") return;
    arrays.push({ path: `${blockPath(instance)}.${entry.key}`, items: entry.value.items });
  };
  add(topBlock(context.blocks, "cluster"), "routes");
  for (const instance of context.blocks) {
    if (instance.spec.id === "leafnode-remote" || instance.spec.id === "gateway-remote") {
      add(instance, "urls");
    }
  }
  return arrays;
}

export const rule: Rule = {
  meta: {
    id: "routes-duplicate",
    severity: "warning",
    description: "the same URL twice in cluster routes, remote leafnode URLs or gateway URLs",
    server: "warns",
    messages: {
      duplicate:
        "Entry {index} of {path} repeats entry {first}. nats-server drops the repeat with a warning, and the warning makes nats-server -t fail.",
    },
  },
  check(context) {
    // nats-server 2.8.0 added the warning; older releases keep both entries.
    if (!isAtLeast(context.target, "2.8.0")) return;
    for (const { path, items } of urlArrays(context)) {
      const firstIndex = new Map<string, number>();
      items.forEach((item, index) => {
        if (item.type !== "string") return;
        const first = firstIndex.get(item.value);
        if (first === undefined) {
          firstIndex.set(item.value, index);
          return;
        }
        context.report({
          messageId: "duplicate",
          data: { index, first, path },
          span: locate(item),
          related: [{ span: locate(items[first]!), message: "the URL is first listed here" }],
          help: "Remove the repeated URL.",
        });
      });
    }
  },
};
