import { parseGoDuration } from "../model/durations.js";
import { isKnownInTarget } from "../model/servers-options.js";
import { blockPath, entryFor, stringFor, type BlockInstance } from "../model/walk.js";
import { locate, type Value } from "../resolve/values.js";
import { entrySpan } from "./spans.js";
import type { Rule, RuleContext } from "./types.js";

/** Maximum number of s2_auto thresholds, one per level: uncompressed, fast, better and best. */
const MAX_THRESHOLDS = 4;

/**
 * True when the mode selects s2_auto, the only mode that reads thresholds. "on"
 * means s2_auto for leafnodes and s2_fast for routes.
 */
function isAutoMode(compression: BlockInstance): boolean {
  const mode = stringFor(compression.spec, compression.map, "mode")?.toLowerCase();
  if (mode === "auto" || mode === "s2_auto") return true;
  const onMeansAuto = compression.parent?.spec.id !== "cluster";
  return onMeansAuto && (mode === "on" || mode === "enabled" || mode === "true");
}

/** Reads the thresholds in nanoseconds; undefined when one is not a duration string. */
function readThresholds(items: readonly Value[]): bigint[] | undefined {
  const thresholds: bigint[] = [];
  for (const item of items) {
    if (item.type !== "string") return undefined;
    const parsed = parseGoDuration(item.value);
    if (!parsed.ok) return undefined;
    // The server reads a negative threshold as 0.
    thresholds.push(parsed.nanoseconds < 0n ? 0n : parsed.nanoseconds);
  }
  return thresholds;
}

function checkThresholds(context: RuleContext, compression: BlockInstance): void {
  const entry = entryFor(compression.spec, compression.map, "rtt_thresholds");
  if (entry === undefined || entry.value.type !== "array" || entry.value.items.length === 0) return;
  // nats-server 2.10.0 added compression; option-not-in-version reports it for older targets.
  if (!isKnownInTarget(compression, entry, context.target)) return;
  const items = entry.value.items;
  const thresholds = readThresholds(items);
  if (thresholds === undefined) return;
  const path = `${blockPath(compression)}.${entry.key}`;

  // A 0 may stand anywhere to skip a level; every other value must not be below an earlier one.
  for (let index = 1; index < thresholds.length; index++) {
    const value = thresholds[index]!;
    if (value === 0n) continue;
    const earlier = thresholds.slice(0, index).findIndex((previous) => value < previous);
    if (earlier < 0) continue;
    context.report({
      messageId: "order",
      data: { path, index, earlier },
      span: locate(items[index]!),
      related: [{ span: locate(items[earlier]!), message: "the larger threshold is here" }],
      help: "List the thresholds in ascending order; use 0 to skip a level.",
    });
    return;
  }

  let used = thresholds.length;
  while (used > 0 && thresholds[used - 1] === 0n) used--;
  if (used > MAX_THRESHOLDS) {
    context.report({
      messageId: "tooMany",
      data: { path, count: used },
      span: entrySpan(entry),
      help: "Give at most four thresholds: for uncompressed, fast, better and best.",
    });
  } else if (used === 0) {
    context.report({
      messageId: "allZero",
      data: { path },
      span: entrySpan(entry),
      help: 'Give at least one threshold above 0, such as ["10ms", "50ms", "100ms"], or remove the list to use the defaults.',
    });
  }
}

export const rule: Rule = {
  meta: {
    id: "compression-mode",
    severity: "error",
    description:
      "RTT thresholds of s2_auto compression that are out of order, too many or all zero",
    server: "fails-at-startup",
    messages: {
      order:
        "Threshold {index} of {path} is below threshold {earlier}. nats-server needs them in ascending order and refuses to start.",
      tooMany:
        "{path} has {count} thresholds, but s2_auto uses at most 4. nats-server refuses to start.",
      allZero:
        "{path} has only zero thresholds. nats-server needs at least one above 0 and refuses to start.",
    },
  },
  check(context) {
    for (const instance of context.blocks) {
      if (instance.spec.id !== "compression" || !isAutoMode(instance)) continue;
      checkThresholds(context, instance);
    }
  },
};
