// Shared check of the two rules about users named by a certificate identity
// that no mapping listener serves.

import type { RelatedSpan } from "../diagnostics/diagnostic.js";
import { classifyIdentity, describeIdentity, type IdentityKind } from "../model/identity.js";
import { listenersServing, type Listener, type User } from "../model/users.js";
import { stringFor } from "../model/walk.js";
import { getBlock } from "../schema/index.js";
import type { RuleContext } from "./types.js";

export interface UnmappedCertUser {
  user: User;
  name: string;
  kind: IdentityKind;
  hasPassword: boolean;
  /** Listeners that can authenticate the user; none of them maps certificates. */
  listeners: Listener[];
}

function hasPassword(user: User): boolean {
  const value = user.password?.value;
  return value !== undefined && !(value.type === "string" && value.value === "");
}

function noAuthUser(context: RuleContext): string | undefined {
  return stringFor(getBlock("top"), context.config.root, "no_auth_user");
}

/** Finds users named by a certificate identity that no listener maps certificates to. */
export function findUnmappedCertUsers(context: RuleContext): UnmappedCertUser[] {
  const found: UnmappedCertUser[] = [];
  for (const user of context.users) {
    if (user.nkey !== undefined || user.name === undefined || user.nameEntry === undefined)
      continue;
    const listeners = listenersServing(user, context.listeners);
    // A user that no listener serves cannot log in at all.
    if (listeners.length === 0) continue;
    if (listeners.some((listener) => listener.tls?.mapsCertificates === true)) continue;
    const kind = classifyIdentity(user.name);
    if (kind === null) continue;
    found.push({ user, name: user.name, kind, hasPassword: hasPassword(user), listeners });
  }
  return found;
}

export function isNoAuthUser(context: RuleContext, name: string): boolean {
  return noAuthUser(context) === name;
}

export function describeUnmapped(found: UnmappedCertUser): string {
  return `User "${found.name}" is named by ${describeIdentity(found.kind)}, but no tls block that serves this user has verify_and_map: true.`;
}

/** Points at tls blocks that verify certificates without mapping them. */
export function verifyingBlocks(found: UnmappedCertUser): RelatedSpan[] {
  const related: RelatedSpan[] = [];
  for (const listener of found.listeners) {
    if (listener.tls === null || listener.tls.instance.owner === null) continue;
    related.push({
      span: listener.tls.instance.owner.keyOrigin,
      message: `this tls block serves the user on the ${listener.kind} listener without verify_and_map`,
    });
  }
  return related;
}

export const MAPPING_HELP =
  "Set verify_and_map: true in the tls block of the listener that serves the user " +
  "(the top-level tls block for client connections), or rename the user if it is not meant to be a certificate identity.";
