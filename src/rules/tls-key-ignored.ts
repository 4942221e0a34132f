import {
  readHandshakeFirst,
  tlsEntryIn,
  tlsPath,
  type TlsBlock,
  type TlsPlace,
} from "../model/tls.js";
import type { Value } from "../resolve/values.js";
import { isAtLeast, type ServerVersion } from "../target/version.js";
import { entrySpan } from "./spans.js";
import type { Rule, RuleContext } from "./types.js";

/** Reason that a key has no effect in a block, with the fix. */
interface Ignored {
  reason: string;
  help: string;
}

/** Returns why the value of a key has no effect in the block, or undefined when it has one. */
type IgnoredCheck = (block: TlsBlock, value: Value, target: ServerVersion) => Ignored | undefined;

/** Blocks of connections that this server only dials. */
const DIALED_ONLY: ReadonlySet<TlsPlace> = new Set(["gateway-remote", "resolver"]);

/** Places that never read handshake_first. */
const NO_HANDSHAKE_FIRST: ReadonlySet<TlsPlace> = new Set([
  "cluster",
  "gateway",
  "gateway-remote",
  "websocket",
  "mqtt",
  "resolver",
]);

function isTrue(value: Value): boolean {
  return value.type === "bool" && value.value;
}

const connectionRateLimit: IgnoredCheck = (block, value) => {
  if (block.place === "client" || value.type !== "int64" || value.value === 0n) return undefined;
  return {
    reason: "only the top-level tls block of the client port limits new TLS connections",
    help: "Move connection_rate_limit to the top-level tls block, or remove it.",
  };
};

const timeout: IgnoredCheck = (block) => {
  if (block.place === "websocket") {
    return {
      reason: "the websocket listener takes its handshake timeout from websocket.handshake_timeout",
      help: "Remove timeout and set handshake_timeout in the websocket block.",
    };
  }
  if (block.place === "resolver") {
    return {
      reason: "connections to a URL resolver do not read it",
      help: "Remove timeout.",
    };
  }
  return undefined;
};

const handshakeFirst: IgnoredCheck = (block, value, target) => {
  const mode = readHandshakeFirst(value);
  if (mode === undefined || mode.kind === "off" || mode.kind === "invalid") return undefined;
  // Before 2.10.4 the server takes bools only; tls-handshake-first-value reports strings.
  if (value.type === "string" && !isAtLeast(target, "2.10.4")) return undefined;
  if (NO_HANDSHAKE_FIRST.has(block.place)) {
    return {
      reason: "only client and leafnode connections can start with the TLS handshake",
      help: "Remove handshake_first.",
    };
  }
  if (block.place === "client" && !isAtLeast(target, "2.10.4")) {
    return {
      reason: "nats-server 2.10.0 to 2.10.3 read it only in leafnode tls blocks",
      help: "Remove handshake_first, or upgrade to nats-server 2.10.4 or later.",
    };
  }
  if (mode.kind !== "fallback") return undefined;
  if (block.place === "leafnode-remote") {
    return {
      reason: "a remote always starts with TLS, and only the accepting side has a fallback delay",
      help: 'Write "handshake_first: true" here, and set the fallback in leafnodes.tls of the accepting server.',
    };
  }
  if (block.place === "leafnodes" && !isAtLeast(target, "2.11.0")) {
    return {
      reason:
        "leafnode listeners before nats-server 2.11.0 have no fallback and accept only connections that start with TLS",
      help: 'Write "handshake_first: true", or upgrade to nats-server 2.11.0 or later for the fallback.',
    };
  }
  return undefined;
};

const verify: IgnoredCheck = (block, value) => {
  if (!DIALED_ONLY.has(block.place) || !isTrue(value)) return undefined;
  return {
    reason:
      "this block configures connections that this server dials, and it verifies the dialed server unless insecure is set",
    help: "Remove verify; ca_file sets the CA that the dialed server's certificate must chain to.",
  };
};

const verifyAndMap: IgnoredCheck = (block, value) => {
  if (!DIALED_ONLY.has(block.place) || !isTrue(value)) return undefined;
  return {
    reason: "only listeners map client certificates to users",
    help: "Remove verify_and_map, and set it in the tls block of the listener that accepts the connections.",
  };
};

const knownUrls: IgnoredCheck = (block, value) => {
  if (block.place !== "gateway-remote" || !isTrue(value)) return undefined;
  return {
    reason: "only gateway.tls decides how incoming gateway connections are checked",
    help: "Move verify_cert_and_check_known_urls to gateway.tls.",
  };
};

const pinnedCerts: IgnoredCheck = (block, value) => {
  if (value.type !== "array" || value.items.length === 0) return undefined;
  if (block.place === "gateway-remote") {
    return {
      reason: "dialed gateways are checked against the pinned_certs of gateway.tls",
      help: "Move pinned_certs to gateway.tls.",
    };
  }
  if (block.place === "resolver") {
    return { reason: "connections to a URL resolver do not read it", help: "Remove pinned_certs." };
  }
  if (block.place === "websocket") {
    return {
      reason:
        "new websocket connections are not checked against it; only a config reload compares connected clients with the list",
      help: "Remove pinned_certs, or check client certificates with verify and ca_file.",
    };
  }
  return undefined;
};

// Keys that the callers of parseTLS drop, by place (nats-server 2.9.10 to
// 2.14, server/opts.go). leaf-tls-wrong-side reports verify, verify_and_map
// and pinned_certs in leafnode remotes, and tls-insecure-noop reports insecure.
const CHECKS: readonly (readonly [string, IgnoredCheck])[] = [
  ["connection_rate_limit", connectionRateLimit],
  ["timeout", timeout],
  ["handshake_first", handshakeFirst],
  ["verify", verify],
  ["verify_and_map", verifyAndMap],
  ["verify_cert_and_check_known_urls", knownUrls],
  ["pinned_certs", pinnedCerts],
];

function checkBlock(context: RuleContext, block: TlsBlock): void {
  for (const [key, check] of CHECKS) {
    const entry = tlsEntryIn(block, key, context.target);
    if (entry === undefined) continue;
    const ignored = check(block, entry.value, context.target);
    if (ignored === undefined) continue;
    context.report({
      messageId: "ignored",
      data: { path: tlsPath(block), key: entry.key, reason: ignored.reason },
      span: entrySpan(entry),
      help: ignored.help,
    });
  }
}

export const rule: Rule = {
  meta: {
    id: "tls-key-ignored",
    severity: "warning",
    description: "a tls key that nats-server accepts but ignores in this block",
    server: "accepts",
    messages: {
      ignored: "{path}.{key} has no effect here: {reason}.",
    },
  },
  check(context) {
    for (const block of context.tlsBlocks) checkBlock(context, block);
  },
};
