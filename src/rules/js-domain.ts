import { topBlock, topEntry } from "../model/servers-options.js";
import { entryFor } from "../model/walk.js";
import { typeName } from "./schema-entries.js";
import { entrySpan } from "./spans.js";
import type { Rule } from "./types.js";

const WHITESPACE = /[ \t\n\f\r]/;

/** Checks a subject the way nats-server's IsValidSubject does. */
function isValidSubject(subject: string): boolean {
  const tokens = subject.split(".");
  return tokens.every((token, index) => {
    if (token === "" || WHITESPACE.test(token)) return false;
    // A full wildcard must be the last token.
    return token !== ">" || index === tokens.length - 1;
  });
}

/** True when the JetStream API subject of the domain is a valid subject. */
function hasValidApiSubject(domain: string): boolean {
  return isValidSubject(`$JS.${domain}.API.>`);
}

export const rule: Rule = {
  meta: {
    id: "js-domain",
    severity: "error",
    description:
      "a JetStream domain with characters that subjects do not allow, or that is not a string",
    server: "fails-at-startup",
    messages: {
      domain:
        'jetstream.domain "{domain}" contains {what}. The domain becomes a token of JetStream API subjects, so nats-server refuses to start.',
      accountDomain:
        'default_js_domain gives account "{account}" the domain "{domain}", which does not fit in the subject $JS.<domain>.API.>. nats-server refuses to start.',
      accountDomainType:
        'default_js_domain gives account "{account}" {found} where a domain string belongs; nats-server rejects the config.',
    },
  },
  check(context) {
    const jetstream = topBlock(context.blocks, "jetstream");
    const domainEntry =
      jetstream === undefined ? undefined : entryFor(jetstream.spec, jetstream.map, "domain");
    if (domainEntry?.value.type === "string" && domainEntry.value.value !== "") {
      const domain = domainEntry.value.value;
      const bad = /[ \t\n\f\r.*>]/.exec(domain)?.[0];
      if (bad !== undefined || !hasValidApiSubject(domain)) {
        context.report({
          messageId: "domain",
          data: { domain, what: describe(bad) },
          span: entrySpan(domainEntry),
          help: "Use a domain without spaces, '.', '*' or '>', such as \"hub\" or \"edge-1\".",
        });
      }
    }

    const defaults = topEntry(context.config.root, "default_js_domain")?.value;
    if (defaults?.type !== "map") return;
    for (const entry of defaults.entries.values()) {
      // nats-server 2.9.10 to 2.14 convert each value to a string without a
      // type check (server/opts.go), so a value of another type fails the config.
      if (entry.value.type !== "string") {
        context.report({
          messageId: "accountDomainType",
          data: { account: entry.key, found: typeName(entry.value.type) },
          span: entrySpan(entry),
          help: `Give the domain as a string, such as ${entry.key}: "hub".`,
          server: "rejects",
        });
        continue;
      }
      if (entry.value.value === "") continue;
      if (hasValidApiSubject(entry.value.value)) continue;
      context.report({
        messageId: "accountDomain",
        data: { account: entry.key, domain: entry.value.value },
        span: entrySpan(entry),
        help: "Use a domain without spaces, empty tokens or a '>' before the end.",
      });
    }
  },
};

function describe(character: string | undefined): string {
  switch (character) {
    case undefined:
      return "an empty token";
    case ".":
      return "a '.'";
    case "*":
      return "a '*'";
    case ">":
      return "a '>'";
    default:
      return "white space";
  }
}
