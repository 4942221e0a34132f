import { entrySpan } from "./spans.js";
import { entryPath, forEachKeyedEntry, literalText } from "./schema-entries.js";
import type { Rule } from "./types.js";

/** Unquoted single-letter suffixes, which count in powers of 1000. */
const DECIMAL_SUFFIX = /^(\d+)([kmgt])$/i;

const BINARY_SHIFT: Readonly<Record<string, bigint>> = { K: 10n, M: 20n, G: 30n, T: 40n };

export const rule: Rule = {
  meta: {
    id: "size-decimal-suffix",
    severity: "info",
    description:
      "a JetStream size with an unquoted single-letter suffix, which counts in powers of 1000",
    server: "accepts",
    messages: {
      decimal:
        '{path} is written {literal}, which is {value} bytes: an unquoted single-letter suffix counts in powers of 1000. Quoted, "{literal}" would be {binary} bytes.',
    },
  },
  check(context) {
    forEachKeyedEntry(context, (found) => {
      const { entry, key } = found;
      const value = entry.value;
      // Only the keys that also read quoted sizes, where the two spellings differ.
      if (key.meaning !== "size" || !key.types.includes("string")) return;
      if (value.type !== "int64" || value.via !== undefined) return;
      const literal = literalText(value);
      const match = DECIMAL_SUFFIX.exec(literal);
      if (match === null) return;
      const number = match[1]!;
      const unit = match[2]!.toUpperCase();
      const binary = BigInt(number) << BINARY_SHIFT[unit]!;
      context.report({
        messageId: "decimal",
        data: { path: entryPath(found), literal, value: value.value, binary },
        span: entrySpan(entry),
        help: `If you meant ${number} ${unit}iB, write ${number}${unit}B unquoted or "${number}${unit}" quoted.`,
      });
    });
  },
};
