// Works out which configured user a client certificate logs in as on one
// listener, and why: the identities the server tries in order, the step that
// matched, and the user's account and permissions. The verdict comes from
// selectMappedUser, the function the lint rules use, so lint and whois agree.

import { formatSubject, subjectToRdns } from "../certs/subject-text.js";
import type { Entry, Value } from "../resolve/values.js";
import { findKey, getBlock } from "../schema/index.js";
import {
  formatVersion,
  isAtLeast,
  parseServerVersion,
  type ServerVersion,
} from "../target/version.js";
import {
  goSubjectString,
  GO_STRING_TYPES,
  mappedTypeOf,
  selectMappedUser,
  subjectDomainComponents,
  subjectToDn,
  type CertificateNames,
  type MappingResult,
  type MappingStep,
} from "./cert-match.js";
import { findNearestMisses, type NearestMiss } from "./whois-misses.js";
import { tlsBool } from "./tls.js";
import {
  findAccessPaths,
  findListeners,
  findUsers,
  hasPassword,
  isTableUser,
  leafnodeSingleCredentials,
  leafnodesHaveOwnCredentials,
  pathsServing,
  type AccessPath,
  type ConnectionType,
  type User,
} from "./users.js";
import { entryFor, stringFor, type BlockInstance } from "./walk.js";

/** Listener names of the whois command. */
export type WhoisListener = "client" | "websocket" | "mqtt" | "leafnode";

const CONNECTION_TYPE: Readonly<Record<WhoisListener, ConnectionType>> = {
  client: "STANDARD",
  websocket: "WEBSOCKET",
  mqtt: "MQTT",
  leafnode: "LEAFNODE",
};

/** The outcome of one identity of the certificate. */
export type CandidateStatus = "matched" | "no-user" | "not-tried" | "skipped";

export interface Candidate {
  step: MappingStep;
  /** The string the server looks up or compares. */
  value: string;
  status: CandidateStatus;
  /** The reason a step was skipped. */
  reason?: string;
}

/** Publish or subscribe permissions as allow and deny lists. */
export interface SubjectRule {
  allow?: string[];
  deny?: string[];
}

export interface PermissionsView {
  publish?: SubjectRule;
  subscribe?: SubjectRule;
  /** true, or the limits of allow_responses. */
  allowResponses?: boolean | Record<string, unknown>;
}

/** The block that sets a user's permissions. */
export type PermissionsSource =
  "user" | "authorization.default_permissions" | "account.default_permissions";

export interface MappedUser {
  name: string;
  account: string;
  /** null when the user has no permissions, so it may publish and subscribe to everything. */
  permissions: PermissionsView | null;
  permissionsFrom: PermissionsSource | null;
  /** True when the user has a password, which the client must send as well. */
  hasPassword: boolean;
  /** `file:line:column` of the user's name. */
  location: string;
}

export interface WhoisMatch {
  step: MappingStep;
  /** The users the step selects; with several, the server picks one at random. */
  users: MappedUser[];
  ambiguous: boolean;
}

export interface WhoisReport {
  listener: WhoisListener;
  target: ServerVersion;
  /** `file:line:column` of the tls block whose verify_and_map applies; null when there is none. */
  tlsBlock: string | null;
  /** False when the listener does not map certificates at all, for the reason in `inactiveReason`. */
  mappingActive: boolean;
  inactiveReason: string | null;
  candidates: Candidate[];
  match: WhoisMatch | null;
  /** Users that nearly match, closest first; only when nothing matches. */
  nearestMisses: NearestMiss[];
  /** Warnings that hold whether or not a user matched. */
  notes: string[];
}

/** A listener missing from the config; the message names the missing block or port. */
export class ListenerMissingError extends Error {}

export interface WhoisOptions {
  listener: WhoisListener;
  target: ServerVersion;
  /** The reason Go cannot parse the certificate (see go-san-check.ts), or null. */
  goParseError?: string | null;
}

/**
 * Explains how the server maps `cert` on a listener of the config whose
 * blocks are `blocks` (from findBlocks). Throws ListenerMissingError when the
 * config has no such listener.
 */
export function explainCertificate(
  blocks: readonly BlockInstance[],
  cert: CertificateNames,
  options: WhoisOptions,
): WhoisReport {
  const listeners = findListeners(blocks);
  const paths = findAccessPaths(blocks, listeners);
  const type = CONNECTION_TYPE[options.listener];
  const path = paths.find((candidate) => candidate.type === type);
  if (path === undefined) {
    throw new ListenerMissingError(
      `the config has no ${options.listener} listener: the ${options.listener === "leafnode" ? "leafnodes" : options.listener} block needs a port or listen`,
    );
  }
  const users = findUsers(blocks);
  const setup =
    options.goParseError == null
      ? mappingSetup(path, users)
      : inactiveSetup(
          `nats-server cannot parse this certificate, so the TLS handshake fails before any mapping: ${options.goParseError}`,
        );
  const report: WhoisReport = {
    listener: options.listener,
    target: options.target,
    tlsBlock: locationOf(path.mapper.tls?.instance.owner ?? undefined),
    mappingActive: setup.inactiveReason === null,
    inactiveReason: setup.inactiveReason,
    candidates: [],
    match: null,
    nearestMisses: [],
    notes: verifyNotes(path),
  };

  const names = setup.eligible.map((user) => user.name!);
  const mappingOptions = { dnComparison: setup.dnComparison, target: options.target };
  const result = report.mappingActive ? selectMappedUser(cert, names, mappingOptions) : null;
  report.candidates = listCandidates(cert, result, report.mappingActive, setup.dnComparison);

  if (result !== null) {
    const mapped = result.users.map((name) =>
      describeUser(setup.eligible.find((user) => user.name === name)!),
    );
    report.match = { step: result.step, users: mapped, ambiguous: mapped.length > 1 };
    if (mapped.length > 1) {
      report.notes.push(
        `${mapped.length} users match equally at this step, and the server picks one of them at random for each connection; keep only one of them.`,
      );
    }
    const dropped = droppedByGoForm(cert);
    if (result.step === "subject" && dropped.length > 0)
      report.notes.push(
        `The user matched Go's string form, which leaves out ${joinWithAnd(dropped)}, so any certificate from this CA with the same other attributes maps to this user too.`,
      );
    for (const user of mapped) {
      if (user.hasPassword)
        report.notes.push(
          `User "${user.name}" has a password, so the client must send it too; without it the server rejects the login.`,
        );
    }
  } else if (report.mappingActive) {
    report.nearestMisses = findNearestMisses(cert, {
      eligible: names,
      excluded: setup.excluded.map((user) => ({
        name: user.name!,
        reason: `its allowed_connection_types do not include ${type}`,
      })),
      dnComparison: setup.dnComparison,
      target: options.target,
    });
  }
  if (report.mappingActive) {
    const note = versionNote(cert, names, mappingOptions, result);
    if (note !== null) report.notes.push(note);
  }
  return report;
}

function joinWithAnd(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]!}`;
}

/** Returns the attribute types of the subject that Go's string form leaves out, such as DC. */
function droppedByGoForm(cert: CertificateNames): string[] {
  const goTypes = new Set<string>(GO_STRING_TYPES);
  const types = subjectToRdns(cert.subject)
    .flat()
    .map((attribute) => mappedTypeOf(attribute.type) ?? attribute.type)
    .filter((type) => !goTypes.has(type));
  return [...new Set(types)];
}

interface MappingSetup {
  inactiveReason: string | null;
  /** Users the certificate may select on this listener. */
  eligible: User[];
  /** Users of the same table that allowed_connection_types keep off this listener. */
  excluded: User[];
  dnComparison: boolean;
}

function inactiveSetup(reason: string): MappingSetup {
  return { inactiveReason: reason, eligible: [], excluded: [], dnComparison: true };
}

function mappingSetup(path: AccessPath, users: readonly User[]): MappingSetup {
  const listenerName =
    path.mapper.kind === "client" ? "client port" : `${path.mapper.kind} listener`;
  const tlsName =
    path.mapper.kind === "client" ? "the top-level tls block" : `${path.mapper.kind}.tls`;
  if (path.mapper.tls === null)
    return inactiveSetup(`the ${listenerName} has no tls block, so it never maps certificates`);
  if (!path.mapping)
    return inactiveSetup(
      `${tlsName} does not set verify_and_map: true, so the ${listenerName} never maps certificates to users`,
    );
  if (!path.canMap)
    return inactiveSetup(
      `the ${listenerName} does not request client certificates, so none can map`,
    );

  if (path.type === "LEAFNODE" && leafnodesHaveOwnCredentials(path.mapper)) {
    if (leafnodeSingleCredentials(path.mapper).length > 0)
      return inactiveSetup(
        "leafnodes.authorization sets a single user or nkey, so the server ignores verify_and_map for leafnodes",
      );
    const leafUsers = users.filter((user) => user.scope === "leafnode" && user.name !== undefined);
    return { inactiveReason: null, eligible: leafUsers, excluded: [], dnComparison: false };
  }

  const table = users.filter(isTableUser);
  if (table.length === 0)
    return inactiveSetup(
      "the config has no users with a name (authorization.users or accounts.NAME.users), so the server maps no certificate; with no authentication at all it admits any client whose certificate the CA signed",
    );
  const eligible = table.filter((user) => pathsServing(user, [path]).length > 0);
  const excluded = table.filter((user) => !eligible.includes(user));
  return { inactiveReason: null, eligible, excluded, dnComparison: true };
}

/** Warns about `verify: false` next to `verify_and_map: true`, which breaks mapping on some starts. */
function verifyNotes(path: AccessPath): string[] {
  const tls = path.mapper.tls;
  if (tls === null || !tls.mapsCertificates || tlsBool(tls, "verify") !== false) return [];
  return [
    "The tls block sets verify: false next to verify_and_map: true. The server applies them in random order, so on some starts it requests no client certificate and every mapped login fails.",
  ];
}

/** Lists the identities in the server's order, with what became of each. */
function listCandidates(
  cert: CertificateNames,
  result: MappingResult | null,
  active: boolean,
  dnComparison: boolean,
): Candidate[] {
  const candidates: Candidate[] = [];
  let matchedYet = false;
  const add = (step: MappingStep, value: string, reason?: string) => {
    let status: CandidateStatus;
    if (!active || matchedYet) status = "not-tried";
    else if (reason !== undefined) status = "skipped";
    else if (result !== null && result.step === step && isSelected(step, value, result))
      status = "matched";
    else status = "no-user";
    if (status === "matched") matchedYet = true;
    candidates.push({ step, value, status, ...(reason === undefined ? {} : { reason }) });
  };

  const subjectEmpty = cert.subject.every((rdn) => rdn.length === 0);
  const dnsOnly = subjectEmpty && cert.emails.length === 0 && cert.uris.length === 0;
  const dnsReason = dnsOnly
    ? "the server rejects a certificate with an empty subject whose only names are DNS SANs"
    : undefined;
  for (const email of cert.emails) add("email", email);
  for (const dns of cert.dnsNames) add("dns", dns, dnsReason);
  for (const uri of cert.uris) add("uri", uri);

  if (!subjectEmpty) {
    let dnReason: string | undefined;
    if (!dnComparison) dnReason = "leafnode users are compared as literal strings only";
    else if (subjectToDn(cert.subject) === null) {
      const unknown = subjectToRdns(cert.subject)
        .flat()
        .filter((attribute) => mappedTypeOf(attribute.type) === undefined)
        .map((attribute) => attribute.type);
      dnReason = `the subject has ${[...new Set(unknown)].join(", ")}, which the server's DN comparison does not know`;
    }
    add("dn", formatSubject(cert.subject), dnReason);
  }
  const goString = goSubjectString(cert.subject);
  const domainComponents = subjectDomainComponents(cert.subject);
  if (domainComponents !== "") add("subject-with-dc", `${goString},${domainComponents}`);
  if (goString !== "") add("subject", goString);
  return candidates;
}

function isSelected(step: MappingStep, value: string, result: MappingResult): boolean {
  // The DN step compares the subject with many user names; the others look up one string.
  return step === "dn" || result.users.includes(value);
}

/**
 * Returns a note when the releases on the other side of the one-to-one RDN
 * pairing change (2.14.0) map the certificate differently.
 */
function versionNote(
  cert: CertificateNames,
  names: readonly string[],
  options: { dnComparison: boolean; target: ServerVersion },
  result: MappingResult | null,
): string | null {
  const newer = isAtLeast(options.target, "2.14.0");
  const other = parseServerVersion(newer ? "2.12" : "2.14")!;
  const otherResult = selectMappedUser(cert, names, { ...options, target: other });
  if (sameResult(result, otherResult)) return null;
  const releases = newer ? "before 2.14.0" : "2.14.0 and later";
  const outcome =
    otherResult === null
      ? "map it to no user"
      : `map it to ${otherResult.users.map((name) => `"${name}"`).join(" or ")}`;
  const cause = newer
    ? "they let a repeated RDN of a user name stand for another RDN of the certificate"
    : "they pair each RDN of the user name with a different RDN of the certificate";
  return `nats-server releases ${releases} ${outcome}, because ${cause}; this result is for ${formatVersion(options.target)}.`;
}

function sameResult(a: MappingResult | null, b: MappingResult | null): boolean {
  if (a === null || b === null) return a === b;
  return a.step === b.step && a.users.join("\u0000") === b.users.join("\u0000");
}

function describeUser(user: User): MappedUser {
  const { permissions, from } = permissionsOf(user);
  return {
    name: user.name!,
    account: accountOf(user),
    permissions,
    permissionsFrom: from,
    hasPassword: hasPassword(user),
    location: locationOf(user.nameEntry),
  };
}

function locationOf(entry: Entry | undefined): string {
  if (entry === undefined) return "";
  const { line, column } = entry.source.positionAt(entry.keyStart);
  return `${entry.source.path}:${line}:${column}`;
}

/** Returns the account a user logs in to: `$G` for authorization users. */
function accountOf(user: User): string {
  if (user.scope === "leafnode")
    return stringFor(user.instance.spec, user.instance.map, "account") ?? "$G";
  const parent = user.instance.parent;
  if (parent?.spec.id === "account" && parent.owner !== null) return parent.owner.key;
  return "$G";
}

function permissionsOf(user: User): {
  permissions: PermissionsView | null;
  from: PermissionsSource | null;
} {
  if (user.scope === "leafnode") return { permissions: null, from: null };
  const own = entryFor(user.instance.spec, user.instance.map, "permissions")?.value;
  if (own?.type === "map") return { permissions: permissionsView(own), from: "user" };
  const parent = user.instance.parent;
  if (parent === null) return { permissions: null, from: null };
  const defaults = entryFor(parent.spec, parent.map, "default_permissions")?.value;
  if (defaults?.type !== "map") return { permissions: null, from: null };
  const from =
    parent.spec.id === "account"
      ? "account.default_permissions"
      : "authorization.default_permissions";
  return { permissions: permissionsView(defaults), from };
}

function permissionsView(map: Extract<Value, { type: "map" }>): PermissionsView {
  const spec = getBlock("permissions");
  const view: PermissionsView = {};
  for (const entry of map.entries.values()) {
    const key = findKey(spec, entry.key)?.name;
    if (key === "publish" || key === "subscribe") view[key] = subjectRule(entry.value);
    else if (key === "allow_responses") {
      view.allowResponses =
        entry.value.type === "bool"
          ? entry.value.value
          : (plainValue(entry.value) as Record<string, unknown>);
    }
  }
  return view;
}

function subjectRule(value: Value): SubjectRule {
  if (value.type !== "map") return { allow: stringList(value) };
  const rule: SubjectRule = {};
  const spec = getBlock("permission-rule");
  for (const entry of value.entries.values()) {
    const key = findKey(spec, entry.key)?.name;
    if (key === "allow" || key === "deny") rule[key] = stringList(entry.value);
  }
  return rule;
}

function stringList(value: Value): string[] {
  const items = value.type === "array" ? value.items : [value];
  return items.flatMap((item) => (item.type === "string" ? [item.value] : []));
}

function plainValue(value: Value): unknown {
  switch (value.type) {
    case "map":
      return Object.fromEntries(
        [...value.entries.values()].map((entry) => [entry.key, plainValue(entry.value)]),
      );
    case "array":
      return value.items.map(plainValue);
    case "int64":
      return Number(value.value);
    default:
      return value.value;
  }
}
