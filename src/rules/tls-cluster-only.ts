import { parseHostPort } from "../model/servers-address.js";
import { topEntry } from "../model/servers-options.js";
import { listenerIsOn, type TlsBlock } from "../model/tls.js";
import { entryFor, stringFor, type BlockInstance } from "../model/walk.js";
import type { Rule } from "./types.js";

const SERVER_LISTENERS: Readonly<Record<string, string>> = {
  cluster: "routes",
  gateway: "gateways",
  leafnodes: "leafnodes",
};

/** Returns the host a listener binds to: from `listen` when it names one, else `host`. */
function listenerHost(instance: BlockInstance): string | undefined {
  const listen = entryFor(instance.spec, instance.map, "listen")?.value;
  if (listen?.type === "string") {
    const parsed = parseHostPort(listen.value);
    if (parsed.ok && parsed.host !== "") return parsed.host;
  }
  return stringFor(instance.spec, instance.map, "host");
}

/** True when the listener binds to a loopback address; the default host is 0.0.0.0. */
function isLocalOnly(instance: BlockInstance): boolean {
  const host = listenerHost(instance);
  return host !== undefined && isLoopback(host);
}

function isLoopback(host: string): boolean {
  const lower = host.toLowerCase();
  return lower === "localhost" || lower === "::1" || /^127\.\d+\.\d+\.\d+$/.test(lower);
}

export const rule: Rule = {
  meta: {
    id: "tls-cluster-only",
    severity: "warning",
    description: "TLS on routes, gateways or leafnodes while the client port is plain text",
    server: "accepts",
    messages: {
      plainClients:
        "{listeners} use TLS, but there is no top-level tls block, so client connections, their passwords and tokens, and their messages cross the network in plain text.",
    },
  },
  check(context) {
    const top = context.blocks.find((instance) => instance.parent === null);
    if (top === undefined || topEntry(top.map, "tls") !== undefined || isLocalOnly(top)) return;

    // A TLS listener bound to a loopback address shows no distrust of the network.
    const secured: TlsBlock[] = context.tlsBlocks.filter(
      (block) =>
        block.place in SERVER_LISTENERS &&
        listenerIsOn(block) &&
        block.instance.parent !== null &&
        !isLocalOnly(block.instance.parent),
    );
    const first = secured[0]?.instance.owner;
    if (first === undefined || first === null) return;
    const names = [...new Set(secured.map((block) => SERVER_LISTENERS[block.place]!))];
    const listed =
      names.length === 1 ? names[0]! : `${names.slice(0, -1).join(", ")} and ${names.at(-1)!}`;
    context.report({
      messageId: "plainClients",
      data: { listeners: listed.charAt(0).toUpperCase() + listed.slice(1) },
      span: first.keyOrigin,
      related: secured
        .slice(1)
        .flatMap((block) =>
          block.instance.owner === null
            ? []
            : [{ span: block.instance.owner.keyOrigin, message: "TLS is also set here" }],
        ),
      help: "Add a top-level tls block for the client port, or bind it to a local address with host: 127.0.0.1.",
    });
  },
};
