import { parseGoDuration } from "../model/durations.js";
import type { IntegerValue } from "../resolve/values.js";
import type { KeySpec } from "../schema/index.js";
import { formatVersion, isAtLeast, type ServerVersion } from "../target/version.js";
import { entrySpan } from "./spans.js";
import { entryPath, forEachKeyedEntry, literalText, type KeyedEntry } from "./schema-entries.js";
import type { Rule, RuleContext } from "./types.js";

/** Blocks whose `timeout` another rule (auth-timeout) checks. */
const AUTHORIZATION_BLOCKS = new Set([
  "authorization",
  "cluster-authorization",
  "gateway-authorization",
  "leafnode-authorization",
  "websocket-authorization",
  "mqtt-authorization",
]);

/**
 * True when the target reads a duration string for the key. Before that an
 * integer number of seconds is the only form, and the server does not warn.
 */
function stringsReadIn(key: KeySpec, target: ServerVersion): boolean {
  const since = key.typesSince?.string;
  return since === undefined || isAtLeast(target, since);
}

/** The unit suffix of an unquoted integer literal, such as "m" in 1m; "" for none. */
function suffixOf(value: IntegerValue): string {
  if (value.via !== undefined) return "";
  return /[a-zA-Z]+$/.exec(literalText(value))?.[0] ?? "";
}

/** Returns how to write the value as a duration string. */
function quoteHelp(value: IntegerValue): string {
  const literal = literalText(value);
  // Of the size suffixes, only a lower-case m is also a Go unit, so "1m"
  // parses and "1K" or "1M" does not.
  if (parseGoDuration(literal).ok) return `Quote it: "${literal}" is read as a duration.`;
  return `Write the duration in quotes with a Go unit, such as "${value.value}s" for ${value.value} seconds.`;
}

/** Reports an integer given to a key that takes a duration string. */
function checkDuration(context: RuleContext, found: KeyedEntry, value: IntegerValue): void {
  const { entry, key } = found;
  const suffix = suffixOf(value);
  const span = entrySpan(entry);
  const warns = stringsReadIn(key, context.target);
  if (suffix === "") {
    if (!warns) return;
    context.report({
      messageId: "integer",
      data: { path: entryPath(found), value: value.value },
      span,
      help: `Write "${value.value}s" in quotes.`,
    });
    return;
  }
  const data = { path: entryPath(found), literal: literalText(value), value: value.value, suffix };
  if (warns) {
    context.report({
      messageId: "suffixWarns",
      data,
      span,
      help: quoteHelp(value),
    });
    return;
  }
  // Releases before the key reads strings take the integer as seconds without
  // a warning and reject a string (leafnodes reconnect before 2.10.12).
  context.report({
    messageId: "suffix",
    data,
    span,
    help: `Give the number of seconds without a suffix, such as ${entry.key}: 60, because nats-server ${formatVersion(context.target)} reads no duration string here.`,
    server: "accepts",
  });
}

export const rule: Rule = {
  meta: {
    id: "duration-integer",
    severity: "warning",
    description: "an integer where a duration string belongs, including the unquoted 1m trap",
    server: "warns",
    messages: {
      integer:
        "{path} is the integer {value}. nats-server reads it as {value} seconds but warns that it should be a duration, and the warning makes nats-server -t fail.",
      suffix:
        "{path} is written {literal}, which the parser reads as the integer {value} ({suffix} is a size suffix, not a time unit), so the server takes it as {value} seconds.",
      suffixWarns:
        "{path} is written {literal}, which the parser reads as the integer {value} ({suffix} is a size suffix, not a time unit). nats-server takes it as {value} seconds and warns that it should be a duration, and the warning makes nats-server -t fail.",
    },
  },
  check(context) {
    forEachKeyedEntry(context, (found) => {
      const { entry, key, instance } = found;
      const value = entry.value;
      if (value.type !== "int64") return;
      if (key.meaning === "duration") {
        checkDuration(context, found, value);
        return;
      }
      const suffix = suffixOf(value);
      // Keys that take seconds accept integers; only the suffix trap is wrong there.
      if (
        key.meaning === "seconds" &&
        suffix !== "" &&
        !AUTHORIZATION_BLOCKS.has(instance.spec.id)
      ) {
        context.report({
          messageId: "suffix",
          data: { path: entryPath(found), literal: literalText(value), value: value.value, suffix },
          span: entrySpan(entry),
          help: quoteHelp(value),
          server: "accepts",
        });
      }
    });
  },
};
