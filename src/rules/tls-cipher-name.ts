import {
  CHACHA_RENAMES,
  cipherSuitesOf,
  tlsEntryIn,
  tlsPath,
  type TlsBlock,
} from "../model/tls.js";
import { locate, type Value } from "../resolve/values.js";
import { formatVersion, isAtLeast } from "../target/version.js";
import { suggest } from "./suggest.js";
import type { Finding, Rule, RuleContext } from "./types.js";

const LIST_HELP =
  "Run `nats-server --help_tls` to list the cipher suite names that the server accepts.";

const NEW_NAMES_TO_OLD = new Map([...CHACHA_RENAMES].map(([old, renamed]) => [renamed, old]));

/** Returns the finding for a cipher suite item that the target rejects, or undefined. */
function checkItem(context: RuleContext, block: TlsBlock, item: Value): Finding | undefined {
  const path = tlsPath(block);
  const span = locate(item);
  if (item.type !== "string") {
    return {
      messageId: "notString",
      data: { path },
      span,
      help: "Write each cipher suite as a string.",
    };
  }
  const name = item.value;
  const accepted = cipherSuitesOf(context.target);
  if (accepted.includes(name)) return undefined;
  const target = formatVersion(context.target);

  const renamed = isAtLeast(context.target, "2.12.0")
    ? CHACHA_RENAMES.get(name)
    : NEW_NAMES_TO_OLD.get(name);
  if (renamed !== undefined) {
    return {
      messageId: isAtLeast(context.target, "2.12.0") ? "oldName" : "newName",
      data: { path, name, renamed, target },
      span,
      help: `Write "${renamed}".`,
    };
  }
  if (name === "TLS_RSA_WITH_AES_128_GCM_SHA256") {
    return {
      messageId: "notYet",
      data: { path, name, target },
      span,
      help: "Remove it; ECDHE suites such as TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256 give forward secrecy.",
    };
  }
  const suggestion = suggest(name, accepted);
  return {
    messageId: "unknown",
    data: { path, name, target },
    span,
    help:
      suggestion === undefined
        ? LIST_HELP
        : `Did you mean "${suggestion}"? Names are case-sensitive.`,
  };
}

export const rule: Rule = {
  meta: {
    id: "tls-cipher-name",
    severity: "error",
    description: "a cipher suite name that the target nats-server does not know",
    server: "rejects",
    messages: {
      unknown:
        '{path}.cipher_suites: nats-server {target} does not know the cipher suite "{name}".',
      oldName:
        '{path}.cipher_suites: "{name}" is the name that nats-server used before 2.12.0; nats-server {target} knows this suite as "{renamed}".',
      newName:
        '{path}.cipher_suites: "{name}" is the name of nats-server 2.12.0 and later; nats-server {target} knows this suite as "{renamed}".',
      notYet:
        '{path}.cipher_suites: nats-server {target} does not offer "{name}"; it arrived in 2.12.0.',
      notString: "{path}.cipher_suites: each item must be a cipher suite name.",
    },
  },
  check(context) {
    for (const block of context.tlsBlocks) {
      const value = tlsEntryIn(block, "cipher_suites", context.target)?.value;
      if (value?.type !== "array") continue;
      for (const item of value.items) {
        const finding = checkItem(context, block, item);
        if (finding !== undefined) context.report(finding);
      }
    }
  },
};
