import { curvesOf, GO_1_26_CURVES, tlsEntryIn, tlsPath, type TlsBlock } from "../model/tls.js";
import { locate, type Value } from "../resolve/values.js";
import { formatVersion, isAtLeast } from "../target/version.js";
import { suggest } from "./suggest.js";
import type { Finding, Rule, RuleContext } from "./types.js";

/** Names that other TLS tools use for the curves, with the name nats-server takes. */
const OTHER_NAMES: Readonly<Record<string, string>> = {
  "p-256": "CurveP256",
  p256: "CurveP256",
  secp256r1: "CurveP256",
  prime256v1: "CurveP256",
  "p-384": "CurveP384",
  p384: "CurveP384",
  secp384r1: "CurveP384",
  "p-521": "CurveP521",
  p521: "CurveP521",
  secp521r1: "CurveP521",
  x25519: "X25519",
  x25519mlkem768: "X25519MLKEM768",
};

function checkItem(context: RuleContext, block: TlsBlock, item: Value): Finding | undefined {
  const path = tlsPath(block);
  const span = locate(item);
  if (item.type !== "string") {
    return { messageId: "notString", data: { path }, span, help: "Write each curve as a string." };
  }
  const name = item.value;
  const accepted = curvesOf(context.target);
  if (accepted.includes(name)) return undefined;
  const target = formatVersion(context.target);

  if (GO_1_26_CURVES.has(name)) {
    return {
      messageId: "go126",
      data: { path, name },
      span,
      help: "Use X25519MLKEM768 for a post-quantum key exchange.",
    };
  }
  if (name === "X25519MLKEM768" && !isAtLeast(context.target, "2.12.0")) {
    return {
      messageId: "notYet",
      data: { path, name, target },
      span,
      help: "Remove it, or upgrade to nats-server 2.12.0 or later.",
    };
  }
  const other = OTHER_NAMES[name.toLowerCase()];
  const suggestion =
    other !== undefined && accepted.includes(other) ? other : suggest(name, accepted);
  return {
    messageId: "unknown",
    data: { path, name, target },
    span,
    help:
      suggestion === undefined
        ? `Use one of: ${accepted.join(", ")}.`
        : `Did you mean "${suggestion}"? Names are case-sensitive.`,
  };
}

export const rule: Rule = {
  meta: {
    id: "tls-curve-name",
    severity: "error",
    description: "a curve name that the target nats-server does not know",
    server: "rejects",
    messages: {
      unknown: '{path}.curve_preferences: nats-server {target} does not know the curve "{name}".',
      notYet:
        '{path}.curve_preferences: nats-server {target} does not offer "{name}"; it arrived in 2.12.0.',
      go126:
        '{path}.curve_preferences: only nats-server builds made with Go 1.26 know "{name}", and release builds up to 2.14 use Go 1.25.',
      notString: "{path}.curve_preferences: each item must be a curve name.",
    },
  },
  check(context) {
    for (const block of context.tlsBlocks) {
      const value = tlsEntryIn(block, "curve_preferences", context.target)?.value;
      if (value?.type !== "array") continue;
      for (const item of value.items) {
        const finding = checkItem(context, block, item);
        if (finding !== undefined) context.report(finding);
      }
    }
  },
};
