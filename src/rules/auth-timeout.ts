import { blockEntry, blocksWithId } from "../model/auth-config.js";
import { parseGoDuration } from "../model/durations.js";
import type { BlockInstance } from "../model/walk.js";
import type { Entry, Value } from "../resolve/values.js";
import { formatVersion, isAtLeast } from "../target/version.js";
import { literalText } from "./schema-entries.js";
import { entrySpan } from "./spans.js";
import type { Rule, RuleContext } from "./types.js";

/** nats-server 2.11.2 added the warning above 60 s and duration strings. */
const WARNING_SINCE = "2.11.2";

/** Blocks that parseAuthorization or parseLeafAuthorization read, and the simpler listener blocks. */
const WARNING_BLOCKS = [
  "authorization",
  "cluster-authorization",
  "gateway-authorization",
  "leafnode-authorization",
];
const SILENT_BLOCKS = ["websocket-authorization", "mqtt-authorization"];

const TLS_TIMEOUT_DEFAULT = 2;

/** Returns the seconds a timeout value means, or undefined when another rule covers it. */
function secondsOf(value: Value, stringsRead: boolean): number | undefined {
  if (value.type === "int64") return Number(value.value);
  if (value.type === "float64") return value.value;
  if (value.type !== "string" || !stringsRead) return undefined;
  const parsed = parseGoDuration(value.value);
  return parsed.ok ? Number(parsed.nanoseconds) / 1e9 : undefined;
}

/** Returns the unit suffix of an unquoted integer such as 1m, which the parser reads as a size. */
function sizeSuffix(value: Value): string | undefined {
  if (value.type !== "int64" || value.via !== undefined) return undefined;
  return /[a-zA-Z]+$/.exec(literalText(value))?.[0];
}

function blockPathOf(instance: BlockInstance): string {
  const names: string[] = [];
  for (let at: BlockInstance | null = instance; at?.owner; at = at.parent)
    names.unshift(at.owner.key);
  return names.join(".");
}

function messageFor(suffix: string | undefined, server: "warns" | "accepts"): string {
  if (suffix !== undefined) return "suffix";
  return server === "warns" ? "high" : "highSilent";
}

function checkHigh(context: RuleContext, instance: BlockInstance, entry: Entry): void {
  const warns = WARNING_BLOCKS.includes(instance.spec.id);
  const stringsRead = warns && isAtLeast(context.target, WARNING_SINCE);
  const seconds = secondsOf(entry.value, stringsRead);
  if (seconds === undefined || seconds <= 60) return;
  const suffix = sizeSuffix(entry.value);
  const path = `${blockPathOf(instance)}.${entry.key}`;
  const server = stringsRead ? "warns" : "accepts";
  const text = entry.value.type === "string" ? entry.value.value : literalText(entry.value);
  context.report({
    messageId: messageFor(suffix, server),
    data: { path, text, seconds, suffix: suffix ?? "", target: formatVersion(context.target) },
    span: entrySpan(entry),
    help: stringsRead
      ? `Give the time in seconds (60 for a minute) or as a quoted duration such as "1m".`
      : `Give the time in seconds: 60 for a minute; nats-server ${formatVersion(context.target)} takes numbers only here.`,
    ...(server === "accepts" ? { server } : {}),
  });
}

/** Inbound gateways start the authentication timer before the TLS handshake. */
function checkGatewayTls(context: RuleContext, instance: BlockInstance, entry: Entry): void {
  const gateway = instance.parent;
  if (gateway === null) return;
  const tls = blocksWithId(context, "tls").find((block) => block.parent === gateway);
  if (tls === undefined) return;
  const authSeconds = secondsOf(entry.value, isAtLeast(context.target, WARNING_SINCE));
  const tlsEntry = blockEntry(tls, "timeout");
  const tlsSeconds = tlsEntry === undefined ? TLS_TIMEOUT_DEFAULT : secondsOf(tlsEntry.value, true);
  if (authSeconds === undefined || tlsSeconds === undefined || authSeconds > tlsSeconds) return;
  context.report({
    messageId: "belowTls",
    data: { auth: authSeconds, tls: tlsSeconds },
    span: entrySpan(entry),
    ...(tlsEntry === undefined
      ? {}
      : {
          related: [
            { span: entrySpan(tlsEntry), message: "the TLS handshake timeout is set here" },
          ],
        }),
    help: `Set the timeout above the TLS timeout; without it nats-server uses the TLS timeout plus 1 second.`,
    server: "accepts",
  });
}

export const rule: Rule = {
  meta: {
    id: "auth-timeout",
    severity: "warning",
    description:
      "an authorization timeout above 60 seconds (such as unquoted 1m), or a gateway one within the TLS timeout",
    server: "warns",
    messages: {
      high: "{path} is {text}, which gives clients {seconds} seconds to authenticate. nats-server 2.11.2 and later warn about timeouts above 60 seconds, and the warning makes nats-server -t fail.",
      highSilent:
        "{path} is {text}, which gives clients {seconds} seconds to authenticate. nats-server accepts it without a warning, but a connection that never authenticates stays open that long.",
      suffix:
        "{path} is written {text}, which the parser reads as the integer {seconds} ({suffix} is a size suffix, not minutes), so clients get {seconds} seconds to authenticate.",
      belowTls:
        "The gateway authorization timeout ({auth} s) is not above the gateway TLS timeout ({tls} s). nats-server starts the authentication timer of inbound gateways before the TLS handshake, so a slow handshake is cut short.",
    },
  },
  check(context) {
    for (const instance of context.blocks) {
      const id = instance.spec.id;
      if (!WARNING_BLOCKS.includes(id) && !SILENT_BLOCKS.includes(id)) continue;
      const entry = blockEntry(instance, "timeout");
      if (entry === undefined) continue;
      checkHigh(context, instance, entry);
      if (id === "gateway-authorization") checkGatewayTls(context, instance, entry);
    }
  },
};
