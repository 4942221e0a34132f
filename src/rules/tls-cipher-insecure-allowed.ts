import { insecureCipherItems, tlsBool, tlsPath } from "../model/tls.js";
import { locate } from "../resolve/values.js";
import { isAtLeast } from "../target/version.js";
import type { Rule } from "./types.js";

export const rule: Rule = {
  meta: {
    id: "tls-cipher-insecure-allowed",
    severity: "warning",
    description: "an insecure cipher suite that the server accepts",
    server: "accepts",
    messages: {
      allowed:
        '{path}.cipher_suites: "{name}" is a suite that Go marks insecure (RSA key exchange, RC4, 3DES or CBC with SHA-256); {reason}.',
    },
  },
  check(context) {
    const checked = isAtLeast(context.target, "2.12.0");
    for (const block of context.tlsBlocks) {
      // From 2.12.0 on, the suite is accepted only with the flag; tls-cipher-insecure reports it otherwise.
      if (checked && tlsBool(block, "allow_insecure_cipher_suites") !== true) continue;
      const reason = checked
        ? "allow_insecure_cipher_suites lets the server offer it"
        : "nats-server before 2.12.0 offers it without any check";
      for (const item of insecureCipherItems(block, context.target)) {
        context.report({
          messageId: "allowed",
          data: { path: tlsPath(block), name: item.value, reason },
          span: locate(item),
          help: "Remove the suite unless an old peer needs it; ECDHE suites with AES-GCM or ChaCha20 are secure.",
        });
      }
    }
  },
};
