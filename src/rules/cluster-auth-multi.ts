import { blocksWithId } from "../model/auth-config.js";
import type { Entry } from "../resolve/values.js";
import { isAtLeast } from "../target/version.js";
import { entrySpan } from "./spans.js";
import type { Rule } from "./types.js";

/**
 * Keys that the shared authorization parser reads but routes and gateways
 * reject (server/opts.go parseCluster and parseGateway, 2.9.10 to 2.14).
 */
const REJECTED: Readonly<Record<string, string>> = {
  users: "users",
  token: "token",
  auth_callout: "callout",
  auth_hook: "callout",
};

const CALLOUT_SINCE = "2.10.0";

/** Returns true when the server treats the key as set, which an empty token is not. */
function isSet(entry: Entry): boolean {
  return !(entry.value.type === "string" && entry.value.value === "");
}

export const rule: Rule = {
  meta: {
    id: "cluster-auth-multi",
    severity: "error",
    description: "users, a token or auth_callout in cluster or gateway authorization",
    server: "rejects",
    messages: {
      users:
        "{block} authorization takes a single user and password; a users array makes nats-server reject the config.",
      token: "{block} authorization does not support tokens; nats-server rejects the config.",
      callout:
        "{block} authorization does not support auth_callout; nats-server rejects the config.",
    },
  },
  check(context) {
    for (const block of ["cluster", "gateway"]) {
      for (const instance of blocksWithId(context, `${block}-authorization`)) {
        for (const entry of instance.map.entries.values()) {
          const kind = REJECTED[entry.key.toLowerCase()];
          if (kind === undefined || !isSet(entry)) continue;
          // Before 2.10.0 the shared parser had no auth_callout, so unknown-key covers it.
          if (kind === "callout" && !isAtLeast(context.target, CALLOUT_SINCE)) continue;
          context.report({
            messageId: kind,
            data: { block },
            span: entrySpan(entry),
            help:
              kind === "users"
                ? `Give ${block}.authorization one user and password that every ${block === "cluster" ? "route" : "gateway"} presents.`
                : `Remove ${entry.key}; use user and password here.`,
          });
        }
      }
    }
  },
};
