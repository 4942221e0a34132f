import { topBlock } from "../model/servers-options.js";
import { entryFor } from "../model/walk.js";
import { entrySpan } from "./spans.js";
import type { Rule } from "./types.js";

export const rule: Rule = {
  meta: {
    id: "cluster-gateway-name",
    severity: "error",
    description: "cluster.name and gateway.name set to different names",
    server: "fails-at-startup",
    messages: {
      differ:
        'cluster.name "{cluster}" differs from gateway.name "{gateway}". A gateway names the cluster it belongs to, so nats-server refuses to start when the two disagree.',
    },
  },
  check(context) {
    const cluster = topBlock(context.blocks, "cluster");
    const gateway = topBlock(context.blocks, "gateway");
    if (cluster === undefined || gateway === undefined) return;
    const clusterName = entryFor(cluster.spec, cluster.map, "name");
    const gatewayName = entryFor(gateway.spec, gateway.map, "name");
    if (clusterName?.value.type !== "string" || gatewayName?.value.type !== "string") return;
    const names = { cluster: clusterName.value.value, gateway: gatewayName.value.value };
    // An empty name counts as unset: the server then copies the gateway name.
    if (names.cluster === "" || names.gateway === "" || names.cluster === names.gateway) return;
    context.report({
      messageId: "differ",
      data: names,
      span: entrySpan(gatewayName),
      related: [{ span: entrySpan(clusterName), message: "cluster.name is set here" }],
      help: "Give cluster.name and gateway.name the same value, or drop cluster.name: the server then uses the gateway name.",
    });
  },
};
