import { hasListenPort, isOperatorMode, systemAccountName } from "../model/servers-options.js";
import { blocksForKey, stringFor } from "../model/walk.js";
import type { Rule } from "./types.js";

export const rule: Rule = {
  meta: {
    id: "leaf-gateway-sysacc",
    severity: "error",
    description: "a leafnode listener and a gateway without system_account",
    server: "fails-at-startup",
    messages: {
      missing:
        "This server accepts leafnode connections and runs a gateway, but system_account is not set. nats-server refuses to start with both and no system account.",
    },
  },
  check(context) {
    const root = context.config.root;
    const top = context.blocks[0];
    if (top === undefined) return;
    // nats-server merges the options of every spelling of leafnodes (leaf {},
    // Leafnodes {}) and of gateway, so any of the blocks can turn a listener on.
    const leafnodes = blocksForKey(context.blocks, top, "leafnodes").find((instance) =>
      hasListenPort(instance),
    );
    const gateway = blocksForKey(context.blocks, top, "gateway").find(
      (instance) =>
        (stringFor(instance.spec, instance.map, "name") ?? "") !== "" || hasListenPort(instance),
    );
    if (leafnodes?.owner == null || gateway?.owner == null) return;
    // NOTE: in operator mode the operator JWT may name the system account; the rule cannot read it.
    if (isOperatorMode(root)) return;
    if ((systemAccountName(root) ?? "") !== "") return;
    context.report({
      messageId: "missing",
      span: leafnodes.owner.keyOrigin,
      related: [{ span: gateway.owner.keyOrigin, message: "the gateway is configured here" }],
      help: 'Define an account for the system (accounts { SYS {} }) and set system_account: "SYS".',
    });
  },
};
