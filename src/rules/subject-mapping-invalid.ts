import { blockEntry, blocksWithId } from "../model/auth-config.js";
import { isValidSubject } from "../model/subjects.js";
import {
  checkMappingDestination,
  mappingDialect,
  type MappingDialect,
} from "../model/subjects-mapping.js";
import { blockOf, type BlockInstance } from "../model/walk.js";
import { locate, type Entry, type Value } from "../resolve/values.js";
import { isAtLeast } from "../target/version.js";
import { entrySpan } from "./spans.js";
import type { Rule, RuleContext } from "./types.js";

/** From 2.10.0 weights add up per cluster, and a destination may be left out. */
const PER_CLUSTER_WEIGHTS = "2.10.0";

interface Weighted {
  item: Value;
  dest: string | undefined;
  weight: number | undefined;
  cluster: string;
}

interface Scope {
  context: RuleContext;
  dialect: MappingDialect;
  source: string;
}

/** Returns the weight of a destination, or the reason it is invalid. */
function readWeight(value: Value): number | string | undefined {
  if (value.type === "int64") {
    const weight = Number(value.value);
    return weight >= 0 && weight <= 100 ? weight : `${weight} is outside 0 to 100`;
  }
  if (value.type !== "string") return undefined;
  const text = value.value.endsWith("%") ? value.value.slice(0, -1) : value.value;
  if (!/^[+-]?\d+$/.test(text)) return `"${value.value}" is not a number`;
  const weight = Number(text);
  return weight >= 0 && weight <= 100 ? weight : `${weight} is outside 0 to 100`;
}

function checkDestinationText(scope: Scope, text: string, at: Value): void {
  const problem = checkMappingDestination(scope.source, text, scope.dialect);
  if (problem === undefined) return;
  scope.context.report({
    messageId: "destination",
    data: { source: scope.source, destination: text, problem },
    span: locate(at),
    help: "Fix the destination: refer to the source's * wildcards with $N or {{wildcard(N)}}, and end it with > only if the source does.",
  });
}

/** Checks one weighted destination map; returns what the total check needs. */
function checkWeighted(scope: Scope, block: BlockInstance): Weighted {
  const { context } = scope;
  const destEntry = blockEntry(block, "dest");
  const weightEntry = blockEntry(block, "weight");
  const cluster = blockEntry(block, "cluster")?.value;
  const dest = destEntry?.value.type === "string" ? destEntry.value.value : undefined;
  const found: Weighted = {
    item: block.map,
    dest,
    weight: undefined,
    cluster: cluster?.type === "string" ? cluster.value : "",
  };

  if (weightEntry === undefined) {
    context.report({
      messageId: "noWeight",
      span: locate(block.map),
      help: "Add weight: <0 to 100>, the share of messages this destination gets (or write the destination as a plain string for 100%).",
    });
  } else {
    const weight = readWeight(weightEntry.value);
    if (typeof weight === "string") {
      context.report({
        messageId: "badWeight",
        data: { problem: weight },
        span: entrySpan(weightEntry),
        help: 'Give a whole number from 0 to 100, as 25 or "25%".',
      });
    } else {
      found.weight = weight;
    }
  }

  if (destEntry === undefined) {
    const accepted = isAtLeast(context.target, PER_CLUSTER_WEIGHTS);
    context.report({
      messageId: "noDest",
      span: locate(block.map),
      help: "Add dest: <destination subject>.",
      ...(accepted ? { server: "accepts" as const } : {}),
    });
  } else if (dest !== undefined) {
    checkDestinationText(scope, dest, destEntry.value);
  }
  return found;
}

/** Weights add up to at most 100, per cluster since 2.10.0; destinations are unique. */
function checkTotals(scope: Scope, entry: Entry, dests: Weighted[]): void {
  const perCluster = isAtLeast(scope.context.target, PER_CLUSTER_WEIGHTS);
  const totals = new Map<string, number>();
  const seen = new Map<string, Weighted>();
  for (const weighted of dests) {
    if (weighted.dest !== undefined) {
      const first = seen.get(weighted.dest);
      if (first !== undefined) {
        scope.context.report({
          messageId: "duplicateDest",
          data: { destination: weighted.dest },
          span: locate(weighted.item),
          related: [{ span: locate(first.item), message: "first listed here" }],
          help: "List each destination once and add up its weights.",
        });
      } else {
        seen.set(weighted.dest, weighted);
      }
    }
    const group = perCluster ? weighted.cluster : "";
    totals.set(group, (totals.get(group) ?? 0) + (weighted.weight ?? 0));
  }
  for (const [cluster, total] of totals) {
    if (total <= 100) continue;
    scope.context.report({
      messageId: "total",
      data: { total, where: cluster === "" ? "" : ` for cluster ${cluster}` },
      span: entry.keyOrigin,
      help: "Lower the weights so they add up to 100 or less; the rest keeps the source subject.",
    });
  }
}

function checkMapping(scope: Scope, entry: Entry, mappings: BlockInstance): void {
  const value = entry.value;
  if (value.type === "string") {
    checkDestinationText(scope, value.value, value);
    return;
  }
  const items = value.type === "array" ? value.items : [value];
  const dests: Weighted[] = [];
  for (const item of items) {
    const found = blockOf(scope.context.blocks, item);
    const block = found?.parent === mappings ? found : undefined;
    if (item.type !== "map" || block === undefined) {
      scope.context.report({
        messageId: "notDestination",
        span: locate(item),
        help: 'Write a destination subject, { dest: "...", weight: N }, or an array of such maps.',
      });
      continue;
    }
    dests.push(checkWeighted(scope, block));
  }
  checkTotals(scope, entry, dests);
}

export const rule: Rule = {
  meta: {
    id: "subject-mapping-invalid",
    severity: "error",
    description: "a subject mapping with an invalid source, destination or weight",
    server: "rejects",
    messages: {
      source: 'Mapping source "{source}" is not a valid subject; nats-server rejects the config.',
      destination:
        'Mapping "{source}" -> "{destination}" is invalid: {problem}; nats-server rejects the config.',
      notDestination:
        "A mapping destination must be a subject or a map with dest and weight; nats-server rejects the config.",
      noWeight: "This mapping destination has no weight; nats-server rejects the config.",
      badWeight:
        "The weight of this mapping destination is invalid: {problem}; nats-server rejects the config.",
      noDest:
        "This weighted mapping destination has no dest; nats-server 2.9 rejects the config, and later versions accept it with no subject to map to.",
      duplicateDest:
        'Destination "{destination}" is listed twice in one mapping; nats-server rejects the config.',
      total:
        "The weights of this mapping add up to {total}{where}, above 100; nats-server rejects the config.",
    },
  },
  check(context) {
    const dialect = mappingDialect(context.target);
    for (const mappings of blocksWithId(context, "mappings")) {
      for (const entry of mappings.map.entries.values()) {
        if (!isValidSubject(entry.key)) {
          context.report({
            messageId: "source",
            data: { source: entry.key },
            span: entry.keyOrigin,
            help: "Write the source as dot-separated tokens without spaces or empty tokens; > may only come last.",
          });
          continue;
        }
        checkMapping({ context, dialect, source: entry.key }, entry, mappings);
      }
    }
  },
};
