import { hasListenPort, isJetStreamEnabled, topBlock, topEntry } from "../model/servers-options.js";
import { stringFor } from "../model/walk.js";
import type { Rule } from "./types.js";

export const rule: Rule = {
  meta: {
    id: "js-cluster-reqs",
    severity: "error",
    description: "clustered JetStream without server_name or cluster.name",
    server: "fails-at-startup",
    messages: {
      serverName:
        "JetStream runs in a cluster here, which needs server_name. nats-server refuses to start without it.",
      clusterName:
        "JetStream runs in a cluster here, which needs cluster.name (or gateway.name). nats-server refuses to start without it.",
    },
  },
  check(context) {
    const root = context.config.root;
    const cluster = topBlock(context.blocks, "cluster");
    if (cluster?.owner == null || !hasListenPort(cluster) || !isJetStreamEnabled(root)) return;
    const jetstream = topEntry(root, "jetstream")!;
    const related = [{ span: jetstream.keyOrigin, message: "JetStream is turned on here" }];

    const serverName = topEntry(root, "server_name")?.value;
    if (serverName?.type !== "string" || serverName.value === "") {
      context.report({
        messageId: "serverName",
        span: cluster.owner.keyOrigin,
        related,
        help: 'Set a unique server_name for each server, such as server_name: "n1".',
      });
    }

    // The server takes gateway.name as cluster name when cluster.name is unset.
    const gateway = topBlock(context.blocks, "gateway");
    const clusterName = stringFor(cluster.spec, cluster.map, "name") ?? "";
    const gatewayName =
      gateway === undefined ? "" : (stringFor(gateway.spec, gateway.map, "name") ?? "");
    if (clusterName === "" && gatewayName === "") {
      context.report({
        messageId: "clusterName",
        span: cluster.owner.keyOrigin,
        related,
        help: "Set cluster { name: ... } to the same name on every server of the cluster.",
      });
    }
  },
};
