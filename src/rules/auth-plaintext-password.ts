import { accountOf, blockEntry, clientUsers, topAuthorization } from "../model/auth-config.js";
import type { Entry } from "../resolve/values.js";
import { entrySpan } from "./spans.js";
import type { Finding, Rule } from "./types.js";

/** The bcrypt form nats-server recognises (server/auth.go isBcrypt, 2.9.10 to 2.14). */
const BCRYPT = /^\$2[abxy]\$\d{2}\$/;

/** Returns the entry when its value is a non-empty secret that is not a bcrypt hash. */
function plaintext(entry: Entry | undefined): Entry | undefined {
  const value = entry?.value;
  if (value?.type !== "string" || value.value === "" || BCRYPT.test(value.value)) return undefined;
  return entry;
}

const HELP =
  'Store a bcrypt hash instead: run `nats server passwd` and paste the output in quotes ("$2a$11$..."), or switch the user to an nkey.';

export const rule: Rule = {
  meta: {
    id: "auth-plaintext-password",
    severity: "warning",
    description: "a client password or token stored as plain text instead of a bcrypt hash",
    server: "logs",
    messages: {
      password:
        'The password of {who} is plain text. nats-server logs "Plaintext passwords detected" at start-up, and anyone who can read the config can sign in as this user.',
      token:
        "The authorization token is plain text; anyone who can read the config can connect with it. nats-server accepts bcrypt hashes for tokens too.",
    },
  },
  check(context) {
    const findings: Finding[] = [];
    const authorization = topAuthorization(context);
    if (authorization !== undefined) {
      const password = plaintext(blockEntry(authorization, "password"));
      if (password !== undefined) {
        findings.push({
          messageId: "password",
          data: { who: "the authorization user" },
          span: entrySpan(password),
          help: HELP,
        });
      }
      const token = plaintext(blockEntry(authorization, "token"));
      if (token !== undefined) {
        // The server's start-up warning looks at passwords only.
        findings.push({
          messageId: "token",
          span: entrySpan(token),
          help: HELP,
          server: "accepts",
        });
      }
    }
    // Users without a password are the certificate-mapping rules' concern.
    for (const user of clientUsers(context)) {
      const password = plaintext(user.password);
      if (password === undefined) continue;
      const account = accountOf(user);
      const name =
        user.name === undefined || user.name === "" ? "this user" : `user "${user.name}"`;
      const who = account === undefined ? name : `${name} in account ${account.owner?.key ?? ""}`;
      findings.push({
        messageId: "password",
        data: { who },
        span: entrySpan(password),
        help: HELP,
      });
    }
    for (const finding of findings) context.report(finding);
  },
};
