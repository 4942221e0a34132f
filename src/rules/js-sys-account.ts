import {
  configuredAccounts,
  effectiveSystemAccount,
  isAccountJetStreamEnabled,
  isJetStreamEnabled,
  topEntry,
} from "../model/servers-options.js";
import { entryFor } from "../model/walk.js";
import { getBlock } from "../schema/index.js";
import { entrySpan } from "./spans.js";
import type { Rule } from "./types.js";

export const rule: Rule = {
  meta: {
    id: "js-sys-account",
    severity: "error",
    description: "JetStream enabled on the system account",
    server: "fails-at-startup",
    messages: {
      system:
        'Account "{account}" is the system account and turns JetStream on. nats-server does not allow JetStream in the system account and stops at start-up.',
    },
  },
  check(context) {
    const root = context.config.root;
    if (!isJetStreamEnabled(root)) return;
    const system = effectiveSystemAccount(root);
    if (system === undefined) return;
    const account = configuredAccounts(root).find((candidate) => candidate.name === system);
    if (account?.map === undefined) return;
    const jetstream = entryFor(getBlock("account"), account.map, "jetstream");
    if (jetstream === undefined || !isAccountJetStreamEnabled(jetstream.value)) return;
    const systemEntry = topEntry(root, "system_account");
    context.report({
      messageId: "system",
      data: { account: system },
      span: entrySpan(jetstream),
      ...(systemEntry === undefined
        ? {}
        : {
            related: [
              { span: entrySpan(systemEntry), message: "the system account is named here" },
            ],
          }),
      help: "Remove jetstream from the system account and give JetStream to an application account.",
    });
  },
};
