// Checks shared by the rules on account exports and imports.

import { blockEntry } from "../model/auth-config.js";
import type { BlockInstance } from "../model/walk.js";
import { locate } from "../resolve/values.js";
import { entrySpan } from "./spans.js";
import type { RuleContext } from "./types.js";

/**
 * Reports an export or import that sets neither or both of stream and service,
 * with the rule's `noKind` and `bothKinds` messages. Returns true when it
 * reported, so the caller skips the item's other checks.
 */
export function checkItemKind(
  context: RuleContext,
  account: string,
  item: BlockInstance,
  noun: "export" | "import",
): boolean {
  const stream = blockEntry(item, "stream");
  const service = blockEntry(item, "service");
  if (stream === undefined && service === undefined) {
    context.report({
      messageId: "noKind",
      data: { account },
      span: locate(item.map),
      help: `Add stream or service to the ${noun}, or remove it.`,
      server: "accepts",
    });
    return true;
  }
  if (stream === undefined || service === undefined) return false;
  const [first, second] =
    stream.keyStart < service.keyStart ? [stream, service] : [service, stream];
  context.report({
    messageId: "bothKinds",
    data: { account },
    span: entrySpan(second),
    related: [{ span: entrySpan(first), message: `${first.key} is set here` }],
    help: `Split it into one ${noun} for the stream and one for the service.`,
  });
  return true;
}
