import {
  findKey,
  findKeyIgnoringCase,
  getBlock,
  keyNames,
  type BlockSpec,
} from "../schema/index.js";
import { blockPath, type BlockInstance } from "../model/walk.js";
import { suggest } from "./suggest.js";
import type { Rule } from "./types.js";

/** Blocks where a misplaced top-level key most likely belongs, in order. */
const HOME_BLOCKS = ["authorization", "cluster", "tls", "jetstream", "gateway", "leafnodes"];

function describeBlock(instance: BlockInstance): string {
  const path = blockPath(instance);
  return path === "" ? "at the top level" : `in ${path}`;
}

/** Returns a hint that the key belongs in another block, for keys written at top level. */
function homeOf(instance: BlockInstance, written: string): string | undefined {
  if (instance.spec.id !== "top") return undefined;
  for (const id of HOME_BLOCKS) {
    const key = findKey(getBlock(id), written);
    if (key !== undefined) return `${id} {}`;
  }
  return undefined;
}

function help(spec: BlockSpec, instance: BlockInstance, written: string): string {
  const home = homeOf(instance, written);
  if (home !== undefined) return `"${written}" belongs in ${home}; move it there.`;
  const suggestion = suggest(written, keyNames(spec));
  if (suggestion !== undefined) return `Did you mean "${suggestion}"?`;
  return "Remove the key, or check its spelling against the nats-server documentation.";
}

export const rule: Rule = {
  meta: {
    id: "unknown-key",
    severity: "error",
    description: "a key that nats-server does not accept in its block",
    server: "rejects",
  },
  check(context) {
    for (const instance of context.blocks) {
      const spec = instance.spec;
      if (spec.dataEntries !== undefined) continue;
      for (const entry of instance.map.entries.values()) {
        if (findKey(spec, entry.key) !== undefined) continue;
        // The server accepts a key that serves as a $variable, except in tls blocks.
        if (entry.usedAsVariable && spec.variablesAllowed) continue;
        const variableNote = entry.usedAsVariable
          ? ` Keys used as variables are not exempt in ${spec.id} blocks.`
          : "";
        const miscased = findKeyIgnoringCase(spec, entry.key);
        const ignored = spec.unknownKeys === "ignored" || miscased?.exactCase === true;
        const effect = ignored
          ? "nats-server ignores it without a warning, so the setting has no effect"
          : "nats-server rejects the config";
        if (miscased !== undefined) {
          context.report({
            message: `"${entry.key}" ${describeBlock(instance)} is not read: nats-server matches this key only as "${miscased.name}", so ${effect}.`,
            span: entry.keyOrigin,
            help: `Write "${miscased.name}".`,
            ...(ignored ? { server: "accepts" as const } : {}),
          });
          continue;
        }
        context.report({
          message: `Unknown key "${entry.key}" ${describeBlock(instance)}; ${effect}.${variableNote}`,
          span: entry.keyOrigin,
          help: help(spec, instance, entry.key),
          ...(ignored ? { server: "accepts" as const } : {}),
        });
      }
    }
  },
};
