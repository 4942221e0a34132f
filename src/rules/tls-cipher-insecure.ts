import { insecureCipherItems, tlsBool, tlsPath } from "../model/tls.js";
import { locate } from "../resolve/values.js";
import { isAtLeast } from "../target/version.js";
import type { Rule } from "./types.js";

export const rule: Rule = {
  meta: {
    id: "tls-cipher-insecure",
    severity: "error",
    description: "an insecure cipher suite without allow_insecure_cipher_suites: true",
    server: "rejects",
    messages: {
      insecure:
        '{path}.cipher_suites: "{name}" is a suite that Go marks insecure, and nats-server 2.12.0 and later reject it unless allow_insecure_cipher_suites is true.',
    },
  },
  check(context) {
    // Before 2.12.0 the server has no such check; tls-cipher-insecure-allowed reports these suites there.
    if (!isAtLeast(context.target, "2.12.0")) return;
    for (const block of context.tlsBlocks) {
      if (tlsBool(block, "allow_insecure_cipher_suites") === true) continue;
      for (const item of insecureCipherItems(block, context.target)) {
        context.report({
          messageId: "insecure",
          data: { path: tlsPath(block), name: item.value },
          span: locate(item),
          help: "Remove the suite and keep ECDHE suites with AES-GCM or ChaCha20, which Go counts as secure.",
        });
      }
    }
  },
};
