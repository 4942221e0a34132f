import type { Entry, MapValue, Value } from "../resolve/values.js";
import { isSecretKey } from "../syntax/secrets.js";
import { entrySpan } from "./spans.js";
import type { Rule, RuleContext } from "./types.js";

/** Keys whose values are credentials: secrets, user names and nkeys. */
function isCredentialKey(key: string): boolean {
  return isSecretKey(key) || /^(user|username|nkey)$/i.test(key);
}

/** Finds a key named `name` in the open maps, innermost first, other than `self`. */
function findVariable(scopes: readonly MapValue[], name: string, self: Entry): Entry | undefined {
  for (let i = scopes.length - 1; i >= 0; i--) {
    const entry = scopes[i]!.entries.get(name);
    if (entry === undefined) continue;
    if (entry !== self) return entry;
    const earlier = entry.shadowed[entry.shadowed.length - 1];
    if (earlier !== undefined) return earlier;
  }
  return undefined;
}

function visitMap(context: RuleContext, map: MapValue, scopes: MapValue[]): void {
  scopes.push(map);
  for (const entry of map.entries.values()) {
    checkEntry(context, entry, scopes);
    visitValue(context, entry.value, scopes);
  }
  scopes.pop();
}

function visitValue(context: RuleContext, value: Value, scopes: MapValue[]): void {
  // A value that came through a variable is checked where it is written.
  if (value.via !== undefined) return;
  if (value.type === "map") visitMap(context, value, scopes);
  else if (value.type === "array")
    for (const item of value.items) visitValue(context, item, scopes);
}

function checkEntry(context: RuleContext, entry: Entry, scopes: readonly MapValue[]): void {
  const value = entry.value;
  if (value.type !== "string" || value.via !== undefined) return;
  if (value.style !== "double" && value.style !== "single") return;
  if (!isCredentialKey(entry.key)) return;
  const match = /^\$(.+)$/.exec(value.value);
  if (match === null) return;
  const variable = findVariable(scopes, match[1]!, entry);
  if (variable === undefined) return;
  // The message names neither the variable nor the value: both are the secret now.
  context.report({
    messageId: "quoted",
    data: { key: entry.key },
    span: entrySpan(entry),
    related: [{ span: variable.keyOrigin, message: "the variable is defined here" }],
    help: "Remove the quotes to use the variable's value; if the dollar sign is meant literally, rename the variable to avoid the confusion.",
  });
}

export const rule: Rule = {
  meta: {
    id: "auth-quoted-dollar",
    severity: "warning",
    description: 'a credential written as a quoted "$NAME" where NAME is a variable of the config',
    server: "accepts",
    messages: {
      quoted:
        "The value of {key} is a quoted $ reference. Quotes turn variable lookup off, so nats-server uses the text itself, dollar sign included, and not the value of the variable defined in this config.",
    },
  },
  check(context) {
    visitMap(context, context.config.root, []);
  },
};
