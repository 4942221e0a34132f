import { checkOrigin } from "../model/servers-origins.js";
import {
  hasListenPort,
  isKnownInTarget,
  isOperatorMode,
  topBlock,
  topEntry,
} from "../model/servers-options.js";
import { entryFor, type BlockInstance } from "../model/walk.js";
import { locate, type Value } from "../resolve/values.js";
import { isAtLeast, type ServerVersion } from "../target/version.js";
import { checkSingleUser } from "./listener-credentials.js";
import { entrySpan } from "./spans.js";
import type { Rule, RuleContext } from "./types.js";

/** Response headers that the WebSocket handshake sets itself (server/websocket.go, 2.11.0 to 2.14). */
const RESERVED_HEADERS = new Set([
  "host",
  "content-length",
  "connection",
  "upgrade",
  "nats-no-masking",
]);

function checkHeaders(context: RuleContext, websocket: BlockInstance): void {
  const headers = entryFor(websocket.spec, websocket.map, "headers");
  // nats-server 2.11.0 added headers; option-not-in-version reports it for older targets.
  if (headers?.value.type !== "map" || !isKnownInTarget(websocket, headers, context.target)) return;
  for (const entry of headers.value.entries.values()) {
    const name = entry.key.toLowerCase();
    if (!RESERVED_HEADERS.has(name) && !name.startsWith("sec-websocket-")) continue;
    context.report({
      messageId: "header",
      data: { header: entry.key },
      span: entry.keyOrigin,
      help: "Remove the header: the WebSocket handshake sets it, and the server does not let the config override it.",
    });
  }
}

/** True when the target rejects every origin that is not an http(s) URL with a host. */
function checksOriginsStrictly(target: ServerVersion): boolean {
  return (
    isAtLeast(target, "2.12.5") || (isAtLeast(target, "2.11.14") && !isAtLeast(target, "2.12.0"))
  );
}

function checkOrigins(context: RuleContext, websocket: BlockInstance): void {
  const entry = entryFor(websocket.spec, websocket.map, "allowed_origins");
  if (entry === undefined) return;
  const items: Value[] = entry.value.type === "array" ? entry.value.items : [entry.value];
  const strict = checksOriginsStrictly(context.target);
  for (const item of items) {
    if (item.type !== "string") continue;
    const origin = checkOrigin(item.value);
    if (origin.usable) continue;
    const help =
      'Write the origin as the browser sends it: scheme, host and optional port, such as "https://app.example.com".';
    const data = { origin: item.value };
    const span = locate(item);
    if (strict || origin.unparseable) {
      context.report({ messageId: "originRejected", data, span, help });
    } else if (origin.notRequestUri) {
      context.report({ messageId: "originSkipped", data, span, help, server: "logs" });
    } else {
      context.report({ messageId: "originNeverMatches", data, span, help, server: "accepts" });
    }
  }
}

function checkJwtCookie(context: RuleContext, websocket: BlockInstance): void {
  const cookie = entryFor(websocket.spec, websocket.map, "jwt_cookie");
  if (cookie?.value.type !== "string" || cookie.value.value === "") return;
  const root = context.config.root;
  const trusted = topEntry(root, "trusted")?.value;
  const hasTrustedKeys =
    (trusted?.type === "string" && trusted.value !== "") ||
    (trusted?.type === "array" && trusted.items.length > 0);
  if (isOperatorMode(root) || hasTrustedKeys) return;
  context.report({
    messageId: "jwtCookie",
    span: entrySpan(cookie),
    help: "Remove jwt_cookie, or configure operator (or trusted) so that the server can verify user JWTs.",
  });
}

export const rule: Rule = {
  meta: {
    id: "websocket-options",
    severity: "error",
    description:
      "websocket headers the handshake owns, unusable allowed origins, jwt_cookie without operators, and a websocket user or token next to configured users",
    server: "fails-at-startup",
    messages: {
      header:
        'websocket.headers sets "{header}", which the WebSocket handshake controls. nats-server refuses to start.',
      originRejected:
        'Allowed origin "{origin}" is not an http or https URL with a host, and nats-server refuses to start.',
      originSkipped:
        'Allowed origin "{origin}" is not an absolute URL. nats-server logs an error and skips it, and when it skips every origin it accepts requests from any origin.',
      originNeverMatches:
        'Allowed origin "{origin}" is not an http or https URL with a host, so no browser Origin header can match it.',
      jwtCookie:
        "websocket.jwt_cookie needs operator mode or trusted keys to verify the JWT, and nats-server refuses to start without them.",
      singleUser:
        "websocket.authorization.{key} cannot be used when authorization or accounts define users, and nats-server refuses to start.",
    },
  },
  check(context) {
    const websocket = topBlock(context.blocks, "websocket");
    // The server checks these options only when the listener has a port.
    if (websocket === undefined || !hasListenPort(websocket)) return;
    checkHeaders(context, websocket);
    checkOrigins(context, websocket);
    checkJwtCookie(context, websocket);
    checkSingleUser(context, websocket, "websocket");
  },
};
