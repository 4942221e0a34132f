import {
  hasListenPort,
  isOperatorMode,
  systemAccountName,
  topBlock,
} from "../model/servers-options.js";
import { stringFor } from "../model/walk.js";
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
    const leafnodes = topBlock(context.blocks, "leafnodes");
    const gateway = topBlock(context.blocks, "gateway");
    if (leafnodes?.owner == null || gateway?.owner == null) return;
    if (!hasListenPort(leafnodes)) return;
    const gatewayName = stringFor(gateway.spec, gateway.map, "name") ?? "";
    if (gatewayName === "" && !hasListenPort(gateway)) return;
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
