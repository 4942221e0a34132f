import type { ArrayValue, Value } from "../resolve/values.js";
import type { KeySpec, ValueType } from "../schema/index.js";
import { formatVersion, isAtLeast, type ServerVersion } from "../target/version.js";
import { isSecretKey } from "../syntax/secrets.js";
import { entrySpan } from "./spans.js";
import {
  entryPath,
  forEachKeyedEntry,
  literalText,
  typeList,
  typeName,
  type KeyedEntry,
} from "./schema-entries.js";
import type { Rule, RuleContext } from "./types.js";

/** Meanings whose string form is a duration, where quoting the value is no fix. */
const TIME_MEANINGS = new Set(["duration", "duration-string", "seconds"]);

/** How the parser came to type a value the user probably meant as a string. */
function retypedHint(value: Value, secret: boolean): string | undefined {
  if (value.type !== "int64" && value.type !== "float64" && value.type !== "bool") return undefined;
  if (value.via !== undefined) return undefined;
  const text = literalText(value);
  if (value.type === "bool") {
    return secret
      ? "The parser reads an unquoted yes, no, on, off, true or false as a boolean; put the value in quotes."
      : `The parser reads unquoted ${text} as a boolean; write "${text}" in quotes.`;
  }
  return secret
    ? "The parser reads an unquoted value made of digits as a number; put the value in quotes."
    : `The parser reads unquoted ${text} as a number; write "${text}" in quotes.`;
}

/**
 * The types an array's items may have; undefined when the schema does not say.
 * A key whose block describes the items of an array (it takes no map itself)
 * holds maps.
 */
function itemTypes(key: KeySpec): readonly ValueType[] | undefined {
  if (key.items !== undefined) return key.items;
  return key.block !== undefined && !key.types.includes("map") ? ["map"] : undefined;
}

/**
 * Returns what the target does with a value of a type outside `key.types`
 * when it accepts the config anyway, or undefined when it rejects the config.
 */
function otherTypeEffect(key: KeySpec, target: ServerVersion): string | undefined {
  const accepted = key.otherTypesAccepted;
  if (accepted === undefined) return undefined;
  if (accepted.until !== undefined && isAtLeast(target, accepted.until)) return undefined;
  return accepted.effect;
}

/** True when the target reads a value of this type for the key and uses it. */
function typeUsed(key: KeySpec, type: ValueType, target: ServerVersion): boolean {
  if (key.typesIgnored?.includes(type) === true) return false;
  const since = key.typesSince?.[type];
  return since === undefined || isAtLeast(target, since);
}

function checkItems(context: RuleContext, found: KeyedEntry, value: ArrayValue): void {
  const expected = itemTypes(found.key);
  if (expected === undefined) return;
  value.items.forEach((item, index) => {
    if (expected.includes(item.type)) return;
    const secret = isSecretKey(found.entry.key);
    context.report({
      messageId: "wrongItem",
      data: {
        index: index + 1,
        path: entryPath(found),
        found: typeName(item.type),
        expected: typeList(expected),
      },
      span: item.via ?? item,
      help:
        (expected.includes("string") ? retypedHint(item, secret) : undefined) ??
        `Make every item of ${found.entry.key} ${typeList(expected)}.`,
    });
  });
}

export const rule: Rule = {
  meta: {
    id: "value-type",
    severity: "error",
    description: "a value of a type that the option does not take",
    server: "rejects",
    messages: {
      wrongType:
        "{path} takes {expected}, but the value is {found}; nats-server rejects the config.",
      wrongItem:
        "Item {index} of {path} is {found}, but the items must be {expected}; nats-server rejects the config.",
      typeTooNew:
        "{path} takes {found} only from nats-server {since}; nats-server {target} rejects the config.",
      typeIgnored:
        "{path} takes {found} only from nats-server {since}; nats-server {target} ignores the value without a word.",
      otherTypeAccepted:
        "{path} takes {expected}, but the value is {found}; nats-server {target} accepts the config without a word and {effect}.",
    },
  },
  check(context) {
    const target = formatVersion(context.target);
    forEachKeyedEntry(context, (found) => {
      const { entry, key } = found;
      const value = entry.value;
      if (key.types.includes(value.type)) {
        const since = key.typesSince?.[value.type];
        if (since !== undefined && !isAtLeast(context.target, since)) {
          const others = key.types.filter((type) => key.typesSince?.[type] === undefined);
          const ignored = key.typeBeforeSince === "ignored";
          context.report({
            messageId: ignored ? "typeIgnored" : "typeTooNew",
            ...(ignored ? { server: "accepts" as const } : {}),
            data: { path: entryPath(found), found: typeName(value.type), since, target },
            span: entrySpan(entry),
            help: `Give ${entry.key} ${typeList(others)}, or target a newer server.`,
          });
          return;
        }
        if (value.type === "array") checkItems(context, found, value);
        return;
      }
      const effect = otherTypeEffect(key, context.target);
      if (effect !== undefined) {
        const used = key.types.filter((type) => typeUsed(key, type, context.target));
        context.report({
          messageId: "otherTypeAccepted",
          server: "accepts",
          data: {
            path: entryPath(found),
            expected: typeList(used),
            found: typeName(value.type),
            target,
            effect,
          },
          span: entrySpan(entry),
          help: `Give ${entry.key} ${typeList(used)}, or remove it.`,
        });
        return;
      }
      const secret = isSecretKey(entry.key);
      let help: string | undefined;
      // Quoting a number or a boolean does not turn it into a duration.
      if (key.types.includes("string") && !TIME_MEANINGS.has(key.meaning ?? "plain"))
        help = retypedHint(value, secret);
      if (help === undefined && value.type === "string" && !secret) {
        if (key.types.includes("int64") && /^[+-]?\d+[a-zA-Z]*$/.test(value.value)) {
          help = `Remove the quotes: ${value.value} unquoted is a number (with its unit suffix), "${value.value}" quoted is text.`;
        } else if (
          key.types.includes("bool") &&
          /^(true|false|yes|no|on|off)$/i.test(value.value)
        ) {
          help = `Remove the quotes: unquoted ${value.value} is a boolean.`;
        }
      }
      context.report({
        messageId: "wrongType",
        data: {
          path: entryPath(found),
          expected: typeList(key.types),
          found: typeName(value.type),
        },
        span: entrySpan(entry),
        help: help ?? `Give ${entry.key} ${typeList(key.types)}.`,
      });
    });
  },
};
