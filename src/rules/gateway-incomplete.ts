import { hasListenPort, topBlock } from "../model/servers-options.js";
import { mapStart } from "../model/servers-spans.js";
import { childBlocks, entryFor, stringFor, type BlockInstance } from "../model/walk.js";
import { entrySpan } from "./spans.js";
import type { Rule, RuleContext } from "./types.js";

function hasUrl(remote: BlockInstance): boolean {
  if (entryFor(remote.spec, remote.map, "url")?.value.type === "string") return true;
  const urls = entryFor(remote.spec, remote.map, "urls")?.value;
  return urls?.type === "array" && urls.items.length > 0;
}

function checkRemotes(context: RuleContext, gateway: BlockInstance): void {
  const remotes = childBlocks(context.blocks, gateway).filter(
    (instance) => instance.spec.id === "gateway-remote",
  );
  for (const remote of remotes) {
    const nameEntry = entryFor(remote.spec, remote.map, "name");
    const name = stringFor(remote.spec, remote.map, "name") ?? "";
    if (name === "") {
      context.report({
        messageId: "remoteName",
        data: { index: remote.index },
        span: nameEntry === undefined ? mapStart(remote.map) : entrySpan(nameEntry),
        help: "Set name to the gateway.name of the cluster that this entry connects to.",
      });
    } else if (!hasUrl(remote)) {
      context.report({
        messageId: "remoteUrl",
        data: { index: remote.index, name },
        span: entrySpan(nameEntry!),
        help: 'Add url: "nats://host:7222", or urls with the gateway addresses of that cluster.',
      });
    }
  }
}

export const rule: Rule = {
  meta: {
    id: "gateway-incomplete",
    severity: "error",
    description: "a gateway without name or port, or a gateways entry without name or URL",
    server: "fails-at-startup",
    messages: {
      noName:
        "The gateway block sets a port but no name, and nats-server refuses to start a gateway without a name.",
      noPort:
        'Gateway "{name}" has no port, and nats-server refuses to start it. Port -1 picks a random port.',
      remoteName: "gateway.gateways[{index}] has no name, and nats-server refuses to start.",
      remoteUrl:
        'gateway.gateways[{index}] ("{name}") has no URL, and nats-server refuses to start.',
    },
  },
  check(context) {
    const gateway = topBlock(context.blocks, "gateway");
    if (gateway === undefined || gateway.owner === null) return;
    const nameEntry = entryFor(gateway.spec, gateway.map, "name");
    const name = stringFor(gateway.spec, gateway.map, "name") ?? "";
    const hasPort = hasListenPort(gateway);
    // Without name and port the gateway is off, and the server checks nothing else.
    if (name === "" && !hasPort) return;
    if (name === "") {
      context.report({
        messageId: "noName",
        span: gateway.owner.keyOrigin,
        help: "Set gateway.name to the name of this cluster (the same as cluster.name).",
      });
    } else if (!hasPort) {
      context.report({
        messageId: "noPort",
        data: { name },
        span: entrySpan(nameEntry!),
        help: 'Add port: 7222 (or listen: "0.0.0.0:7222") to the gateway block.',
      });
    }
    checkRemotes(context, gateway);
  },
};
