import { clientUsers, nonEmptyString } from "../model/auth-config.js";
import { describeNkeyShape, isValidPublicNkey, nkeyShape } from "../model/nkeys.js";
import { locate } from "../resolve/values.js";
import { entrySpan } from "./spans.js";
import type { Rule } from "./types.js";

export const rule: Rule = {
  meta: {
    id: "auth-user-entry",
    severity: "error",
    description:
      "a user entry without user or nkey, an nkey user with a name or password, or an invalid user nkey",
    server: "rejects",
    messages: {
      noIdentity:
        "This user entry has neither a user nor an nkey; nats-server rejects the config (and ignores the whole users array).",
      invalidNkey:
        "The nkey of this user is {shape}, not a public user nkey; nats-server rejects the config.",
      nkeyWithCredentials:
        "This nkey user also sets {keys}; nats-server rejects the config because nkey users sign in with their key alone.",
    },
  },
  check(context) {
    for (const user of clientUsers(context)) {
      const nkey = nonEmptyString(user.nkey);
      const name = nonEmptyString(user.nameEntry);
      if (nkey === undefined && name === undefined) {
        context.report({
          messageId: "noIdentity",
          span: locate(user.instance.map),
          help: 'Add user: "<name>" (with a password) or nkey: <public user nkey starting with U>.',
        });
        continue;
      }
      if (nkey === undefined) continue;
      if (!isValidPublicNkey(nkey, "user")) {
        const shape = nkeyShape(nkey);
        context.report({
          messageId: "invalidNkey",
          data: { shape: describeNkeyShape(shape) },
          span: entrySpan(user.nkey!),
          help:
            shape === "seed"
              ? "Never put the seed in the server config: use the public key that `nk -inkey <seed file> -pubout` prints."
              : "Use the user's public nkey: 56 characters starting with U, as `nsc` or `nk -gen user -pubout` prints it.",
        });
        continue;
      }
      const extra = [user.nameEntry, user.password].filter(
        (entry) => nonEmptyString(entry) !== undefined,
      );
      if (extra.length === 0) continue;
      context.report({
        messageId: "nkeyWithCredentials",
        data: { keys: extra.map((entry) => entry!.key).join(" and ") },
        span: entrySpan(extra[0]!),
        related: [{ span: entrySpan(user.nkey!), message: "the nkey is set here" }],
        help: "Remove the user name and password from the nkey entry, or make it two separate users.",
      });
    }
  },
};
