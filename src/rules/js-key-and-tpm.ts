import { isJetStreamEnabled, isKnownInTarget, topBlock } from "../model/servers-options.js";
import { blockOf, entryFor, stringFor } from "../model/walk.js";
import { entrySpan } from "./spans.js";
import type { Rule } from "./types.js";

export const rule: Rule = {
  meta: {
    id: "js-key-and-tpm",
    severity: "error",
    description: "a JetStream encryption key together with a TPM keys file",
    server: "fails-at-startup",
    messages: {
      both: "jetstream sets both {key} and tpm.keys_file. The TPM generates the encryption key, so nats-server refuses to start JetStream with both.",
    },
  },
  check(context) {
    const jetstream = topBlock(context.blocks, "jetstream");
    if (jetstream === undefined || !isJetStreamEnabled(context.config.root)) return;
    const key = entryFor(jetstream.spec, jetstream.map, "key");
    const tpm = entryFor(jetstream.spec, jetstream.map, "tpm");
    if (key === undefined || tpm === undefined || tpm.value.type !== "map") return;
    // nats-server 2.11.0 added tpm; option-not-in-version reports it for older targets.
    if (!isKnownInTarget(jetstream, tpm, context.target)) return;
    if (key.value.type !== "string" || key.value.value === "") return;
    const tpmBlock = blockOf(context.blocks, tpm.value);
    if (tpmBlock === undefined) return;
    const keysFile = entryFor(tpmBlock.spec, tpmBlock.map, "keys_file");
    if ((stringFor(tpmBlock.spec, tpmBlock.map, "keys_file") ?? "") === "") return;
    context.report({
      messageId: "both",
      data: { key: key.key },
      span: entrySpan(key),
      related: [{ span: entrySpan(keysFile!), message: "the TPM keys file is set here" }],
      help: `Remove jetstream.${key.key} to let the TPM hold the key, or remove the tpm block.`,
    });
  },
};
