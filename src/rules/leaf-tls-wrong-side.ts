import { hasListenPort } from "../model/servers-options.js";
import { mapStart } from "../model/servers-spans.js";
import { remotesMissingLeafnodeTls, tlsEntryIn, tlsPath, type TlsBlock } from "../model/tls.js";
import { blocksForKey } from "../model/walk.js";
import { entrySpan } from "./spans.js";
import type { Rule, RuleContext } from "./types.js";

/** Keys of a remote's tls block that only the accepting side (leafnodes.tls) reads. */
function checkRemote(context: RuleContext, block: TlsBlock): void {
  const path = tlsPath(block);
  for (const name of ["verify", "verify_and_map"]) {
    const entry = tlsEntryIn(block, name, context.target);
    if (entry?.value.type !== "bool" || !entry.value.value) continue;
    context.report({
      messageId: "remoteVerify",
      data: { path, key: entry.key },
      span: entrySpan(entry),
      help: `Remove "${entry.key}" here and set it in leafnodes.tls of the hub; to check the hub's certificate, set ca_file.`,
    });
  }
  const pinned = tlsEntryIn(block, "pinned_certs", context.target);
  if (pinned?.value.type === "array" && pinned.value.items.length > 0) {
    context.report({
      messageId: "remotePinned",
      data: { path },
      span: entrySpan(pinned),
      help: "Move pinned_certs to leafnodes.tls, which applies it to every remote.",
    });
  }
}

/**
 * True when any spelling of leafnodes (leafnodes {}, leaf {} or another case)
 * sets a port. nats-server merges their options, so a port in leaf {} turns on
 * the listener that leafnodes.tls configures.
 */
function anyLeafnodesBlockListens(context: RuleContext): boolean {
  const top = context.blocks[0];
  if (top === undefined) return false;
  return blocksForKey(context.blocks, top, "leafnodes").some((instance) => hasListenPort(instance));
}

function checkAcceptBlock(context: RuleContext, block: TlsBlock): void {
  if (anyLeafnodesBlockListens(context)) return;
  const remotes = remotesMissingLeafnodeTls(block);
  const owner = block.instance.owner;
  if (remotes.length === 0 || owner === null) return;
  context.report({
    messageId: "acceptBlockForRemotes",
    data: { path: tlsPath(block) },
    span: owner.keyOrigin,
    related: remotes.map((remote) => ({
      span: mapStart(remote),
      message: "this remote has no tls block, so it dials without these settings",
    })),
    help: "Move the block into each remote (leafnodes.remotes[].tls), or set leafnodes.port if this server should accept leafnodes.",
  });
}

export const rule: Rule = {
  meta: {
    id: "leaf-tls-wrong-side",
    severity: "warning",
    description: "leafnode TLS settings on the side of the connection that does not read them",
    server: "accepts",
    messages: {
      remoteVerify:
        "{path}.{key} has no effect: a remote dials the hub, and only the hub's leafnodes.tls requests and checks client certificates.",
      remotePinned:
        "{path}.pinned_certs has no effect: remotes check the hub against the pinned_certs of leafnodes.tls.",
      acceptBlockForRemotes:
        "{path} configures the leafnode listener, which is off because leafnodes has no port; remotes dial with their own tls block and do not use its certificates or CA.",
    },
  },
  check(context) {
    for (const block of context.tlsBlocks) {
      if (block.place === "leafnode-remote") checkRemote(context, block);
      else if (block.place === "leafnodes") checkAcceptBlock(context, block);
    }
  },
};
