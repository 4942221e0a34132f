import { isJetStreamEnabled, topBlock, topEntry } from "../model/servers-options.js";
import { stringFor } from "../model/walk.js";
import { isAtLeast } from "../target/version.js";
import type { Rule } from "./types.js";

export const rule: Rule = {
  meta: {
    id: "js-store-dir-missing",
    severity: "warning",
    description: "JetStream enabled without a storage directory",
    server: "logs",
    messages: {
      missing:
        "JetStream is on but no store_dir is set, so nats-server keeps streams under the system's temporary directory (such as /tmp/nats/jetstream), where a reboot or a temp cleaner may delete them.",
    },
  },
  check(context) {
    const root = context.config.root;
    const jetstreamEntry = topEntry(root, "jetstream");
    if (jetstreamEntry === undefined || !isJetStreamEnabled(root)) return;
    const topValue = topEntry(root, "store_dir")?.value;
    const topDir = topValue?.type === "string" ? topValue.value : "";
    const jetstream = topBlock(context.blocks, "jetstream");
    const innerDir =
      jetstream === undefined ? "" : (stringFor(jetstream.spec, jetstream.map, "store_dir") ?? "");
    if (topDir !== "" || innerDir !== "") return;
    context.report({
      messageId: "missing",
      span: jetstreamEntry.keyOrigin,
      help: 'Set jetstream { store_dir: "/var/lib/nats" } (or another directory that survives reboots).',
      // nats-server 2.11.0 added the log warning; older releases log nothing.
      ...(isAtLeast(context.target, "2.11.0") ? {} : { server: "accepts" as const }),
    });
  },
};
