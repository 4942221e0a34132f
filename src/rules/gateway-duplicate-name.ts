import { hasListenPort, topBlock } from "../model/servers-options.js";
import { childBlocks, entryFor, stringFor, type BlockInstance } from "../model/walk.js";
import { entrySpan } from "./spans.js";
import type { Rule } from "./types.js";

export const rule: Rule = {
  meta: {
    id: "gateway-duplicate-name",
    severity: "warning",
    description: "two gateway.gateways entries with the same name, of which the server keeps one",
    server: "accepts",
    messages: {
      duplicate:
        'gateway.gateways[{index}] has the name "{name}" of gateway.gateways[{first}]. nats-server keeps only the last entry with a name and drops the URLs and settings of the others without a warning.',
    },
  },
  check(context) {
    const gateway = topBlock(context.blocks, "gateway");
    if (gateway === undefined || gateway.owner === null) return;
    // A gateway block without name and port is off, and no entry is used.
    const ownName = stringFor(gateway.spec, gateway.map, "name") ?? "";
    if (ownName === "" && !hasListenPort(gateway)) return;
    const remotes = childBlocks(context.blocks, gateway).filter(
      (instance) => instance.spec.id === "gateway-remote",
    );
    // The server stores remotes in a map by exact name, in array order.
    const firstByName = new Map<string, BlockInstance>();
    for (const remote of remotes) {
      const nameEntry = entryFor(remote.spec, remote.map, "name");
      const name = stringFor(remote.spec, remote.map, "name") ?? "";
      if (nameEntry === undefined || name === "") continue;
      const first = firstByName.get(name);
      if (first === undefined) {
        firstByName.set(name, remote);
        continue;
      }
      const firstEntry = entryFor(first.spec, first.map, "name")!;
      context.report({
        messageId: "duplicate",
        data: { index: remote.index, name, first: first.index },
        span: entrySpan(nameEntry),
        related: [{ span: entrySpan(firstEntry), message: "the name is first used here" }],
        help: `Put all URLs of gateway "${name}" in one entry (urls: [...]), or name this entry after the cluster it connects to.`,
      });
    }
  },
};
