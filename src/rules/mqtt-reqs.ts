import { hasListenPort, isJetStreamEnabled, topBlock, topEntry } from "../model/servers-options.js";
import { entryFor, type BlockInstance } from "../model/walk.js";
import { isAtLeast } from "../target/version.js";
import { checkSingleUser } from "./listener-credentials.js";
import type { Rule, RuleContext } from "./types.js";

function hasLeafnodeRemotes(context: RuleContext): boolean {
  const leafnodes = topBlock(context.blocks, "leafnodes");
  if (leafnodes === undefined) return false;
  const remotes = entryFor(leafnodes.spec, leafnodes.map, "remotes")?.value;
  return remotes?.type === "array" && remotes.items.length > 0;
}

function checkServerName(context: RuleContext, mqtt: BlockInstance, clustered: boolean): void {
  const name = topEntry(context.config.root, "server_name")?.value;
  if (name?.type === "string" && name.value !== "") return;
  // Before 2.10.4 nats-server needed server_name for MQTT in every setup.
  const always = !isAtLeast(context.target, "2.10.4");
  if (!always && !clustered) return;
  context.report({
    messageId: always ? "serverNameAlways" : "serverNameClustered",
    span: mqtt.owner!.keyOrigin,
    help: 'Set a unique server_name, such as server_name: "mqtt-1".',
  });
}

function checkJetStream(context: RuleContext, mqtt: BlockInstance, connected: boolean): void {
  if (connected || isJetStreamEnabled(context.config.root)) return;
  context.report({
    messageId: "jetStream",
    span: mqtt.owner!.keyOrigin,
    help: 'Turn JetStream on, such as jetstream { store_dir: "/var/lib/nats" }.',
  });
}

export const rule: Rule = {
  meta: {
    id: "mqtt-reqs",
    severity: "error",
    description:
      "an MQTT listener without JetStream or server_name, or with its own user or token next to configured users",
    server: "fails-at-startup",
    messages: {
      serverNameAlways:
        "MQTT needs server_name in this server version, and nats-server refuses to start without it.",
      serverNameClustered:
        "MQTT in a server with a cluster or gateway port needs server_name, and nats-server refuses to start without it.",
      jetStream:
        "MQTT keeps sessions and retained messages in JetStream, which is off, and this server has no cluster, gateway or leafnode connection that could provide it. nats-server refuses to start.",
      singleUser:
        "mqtt.authorization.{key} cannot be used when authorization or accounts define users, and nats-server refuses to start.",
    },
  },
  check(context) {
    const mqtt = topBlock(context.blocks, "mqtt");
    if (mqtt?.owner == null || !hasListenPort(mqtt)) return;
    const clustered =
      hasListenPort(topBlock(context.blocks, "cluster")) ||
      hasListenPort(topBlock(context.blocks, "gateway"));
    const connected =
      clustered ||
      hasListenPort(topBlock(context.blocks, "leafnodes")) ||
      hasLeafnodeRemotes(context);
    checkServerName(context, mqtt, clustered);
    checkSingleUser(context, mqtt, "mqtt");
    checkJetStream(context, mqtt, connected);
  },
};
