import {
  countRdnOrders,
  dnOrderKey,
  dnOverlap,
  dnSetKey,
  mappedTypeOf,
  repeatedRdns,
  type DnOverlap,
} from "../model/cert-match.js";
import type { Rdn } from "../model/identity.js";
import { pathsServing, type User } from "../model/users.js";
import { accessPathsOf, dnOf, findMappedNames } from "./cert-users.js";
import { entrySpan } from "./spans.js";
import type { Rule, RuleContext } from "./types.js";

interface DnUser {
  user: User;
  name: string;
  rdns: Rdn[];
  /** Connection types on which a certificate can select the user. */
  types: Set<string>;
  /** Equal for users whose names hold the same RDNs in any order. */
  setKey: string;
  /** True when an RDN occurs twice in the name. */
  repeats: boolean;
}

/** Returns the users that the parsed-DN comparison can select, in config order. */
function dnUsers(context: RuleContext): DnUser[] {
  const paths = accessPathsOf(context);
  const found: DnUser[] = [];
  for (const mapped of findMappedNames(context)) {
    if (mapped.scope !== "users" || mapped.user === undefined) continue;
    const rdns = dnOf(mapped);
    if (rdns === null || rdns.length === 0) continue;
    // A name with a type the comparison does not read never matches; dn-unsupported-attribute reports it.
    if (!rdns.every((rdn) => rdn.every((attribute) => mappedTypeOf(attribute.type) !== undefined)))
      continue;
    const mapping = pathsServing(mapped.user, paths).filter((path) => path.canMap);
    found.push({
      user: mapped.user,
      name: mapped.name,
      rdns,
      types: new Set(mapping.map((path) => path.type)),
      setKey: dnSetKey(rdns),
      repeats: repeatedRdns(rdns).length > 0,
    });
  }
  return found;
}

function shareConnectionType(a: DnUser, b: DnUser): boolean {
  return [...a.types].some((type) => b.types.has(type));
}

/**
 * True when some RDN order of the DN matches none of the names exactly, so a
 * certificate in that order reaches the reordered comparison, which picks one
 * of the names at random.
 */
function leavesOrderToChance(group: readonly DnUser[]): boolean {
  const orders = new Set(group.map((member) => dnOrderKey(member.rdns)));
  return BigInt(orders.size) < countRdnOrders(group[0]!.rdns);
}

function messageFor(overlap: DnOverlap, group: readonly DnUser[]): string {
  if (overlap === "equal" || overlap === "overlapping") return overlap;
  return leavesOrderToChance(group) ? "reordered" : "reorderedByOrder";
}

export const rule: Rule = {
  meta: {
    id: "dn-equivalent-duplicates",
    severity: "warning",
    description: "two DN user names that the same certificate can match",
    server: "accepts",
    messages: {
      equal:
        'User "{name}" is the same DN as "{other}". A certificate with this subject maps to either user at random, ' +
        "so its permissions and account can change from one connection to the next.",
      reordered:
        'User "{name}" has the same RDNs as "{other}" in another order. A certificate whose RDN order matches neither name ' +
        "maps to either user at random.",
      reorderedByOrder:
        'User "{name}" has the same RDNs as "{other}" in another order, so the order of the RDNs in a certificate decides ' +
        "which of the two users it maps to.",
      overlapping:
        'Before 2.14.0 one certificate can match both "{name}" and "{other}": the reordered DN comparison pairs a repeated RDN ' +
        "with any equal RDN of the certificate, and the server then picks either user at random.",
    },
  },
  check(context) {
    const users = dnUsers(context);
    // Comparing every pair is quadratic, and configs map tens of thousands of
    // users. Two names can overlap only when they hold the same RDNs, or, before
    // 2.14.0, when one of them repeats an RDN, so only those pairs are compared.
    const sameRdns = new Map<string, number[]>();
    users.forEach((user, index) => {
      const bucket = sameRdns.get(user.setKey) ?? [];
      bucket.push(index);
      sameRdns.set(user.setKey, bucket);
    });
    const withRepeats: number[] = [];
    users.forEach((user, index) => {
      const bucket = sameRdns.get(user.setKey)!;
      const earlierSame = bucket.filter((member) => member < index);
      const candidates = user.repeats
        ? Array.from({ length: index }, (_, earlier) => earlier)
        : [...earlierSame, ...withRepeats].sort((a, b) => a - b);
      for (const candidate of candidates) {
        const earlier = users[candidate]!;
        if (!shareConnectionType(user, earlier)) continue;
        const overlap = dnOverlap(user.rdns, earlier.rdns, context.target);
        if (overlap === null) continue;
        const group = bucket
          .map((member) => users[member]!)
          .filter((other) => {
            const kind = dnOverlap(other.rdns, user.rdns, context.target);
            return kind === "equal" || kind === "reordered";
          });
        context.report({
          messageId: messageFor(overlap, group),
          data: { name: user.name, other: earlier.name },
          span: entrySpan(user.user.nameEntry!),
          related: [
            {
              span: entrySpan(earlier.user.nameEntry!),
              message: `"${earlier.name}" is defined here`,
            },
          ],
          help: "Keep one user for each certificate subject, with the permissions that subject should get.",
        });
        break;
      }
      if (user.repeats) withRepeats.push(index);
    });
  },
};
