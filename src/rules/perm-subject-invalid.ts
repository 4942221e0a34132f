import { blockEntry, blocksWithId, hasChange } from "../model/auth-config.js";
import { checkPermissionSubject, type PermissionSubjectProblem } from "../model/subjects.js";
import { entriesFor, type BlockInstance } from "../model/walk.js";
import { locate, type Value } from "../resolve/values.js";
import { formatVersion } from "../target/version.js";
import { findKey, getBlock } from "../schema/index.js";
import { entrySpan } from "./spans.js";
import type { Rule, RuleContext } from "./types.js";

/**
 * Releases that reject a queue group in publish and route permissions and
 * check queue names (server/opts.go checkPermSubjectArray with allowQueue).
 */
const QUEUE_CHECK = ["2.12.14", "2.14.4"];

/** Tells route permissions (cluster.permissions, cluster.authorization.permissions) from others. */
function isRoutePermissions(instance: BlockInstance): boolean {
  const parent = instance.parent?.spec.id;
  return parent === "cluster" || parent === "cluster-authorization";
}

/**
 * The handling of "subject queue" where no queue belongs, by servers without the
 * queue check. They accept it everywhere: "never-matches" in publish permissions,
 * "accepted" in leafnode remote deny lists, and "silent" in route exports,
 * which the rule leaves unreported.
 */
type OldQueueHandling = "never-matches" | "accepted" | "silent";

interface Subject {
  value: Value;
  /** Names the list in messages: "publish", "route export", "leafnode remote deny_imports". */
  where: string;
  queueAllowed: boolean;
  oldQueue: OldQueueHandling;
}

/** Returns the subjects of a publish or subscribe value: a string, an array, or allow/deny. */
function subjectValues(value: Value): Value[] {
  if (value.type === "array") return value.items;
  if (value.type !== "map") return [value];
  const rule = getBlock("permission-rule");
  const found: Value[] = [];
  for (const entry of value.entries.values()) {
    if (findKey(rule, entry.key) === undefined) continue;
    // A loop, not push(...items): spreading a long array overflows the stack.
    for (const item of entry.value.type === "array" ? entry.value.items : [entry.value]) {
      found.push(item);
    }
  }
  return found;
}

function subjectsOf(instance: BlockInstance): Subject[] {
  const routes = isRoutePermissions(instance);
  const subjects: Subject[] = [];
  for (const direction of ["publish", "subscribe"]) {
    const entry = blockEntry(instance, direction);
    if (entry === undefined) continue;
    const queueAllowed = direction === "subscribe" && !routes;
    const where = routes ? `route ${direction === "publish" ? "import" : "export"}` : direction;
    const oldQueue = routes && direction === "subscribe" ? "silent" : "never-matches";
    for (const value of subjectValues(entry.value))
      subjects.push({ value, where, queueAllowed, oldQueue });
  }
  return subjects;
}

/**
 * Returns the subjects of a leafnode remote's deny_imports and deny_exports,
 * under every spelling, because the server parses each spelling it finds.
 * Servers before 2.12.14 and 2.14.4 take a queue group in these lists, and
 * later ones reject it (server/opts.go parseRemoteLeafNodes).
 */
function remoteDenySubjects(instance: BlockInstance): Subject[] {
  const subjects: Subject[] = [];
  for (const name of ["deny_imports", "deny_exports"]) {
    for (const entry of entriesFor(instance.spec, instance.map, name)) {
      const values = entry.value.type === "array" ? entry.value.items : [entry.value];
      const where = `leafnode remote ${entry.key}`;
      for (const value of values)
        subjects.push({ value, where, queueAllowed: false, oldQueue: "accepted" });
    }
  }
  return subjects;
}

function describeProblem(problem: PermissionSubjectProblem): string {
  switch (problem.kind) {
    case "subject":
      return `"${problem.subject}" is not a valid subject`;
    case "queue":
      return `"${problem.queue}" is not a valid queue group name`;
    case "queue-not-allowed":
      return `"${problem.subject} ${problem.queue}" names a queue group, which only subscribe permissions may do`;
  }
}

function checkSubject(context: RuleContext, subject: Subject): void {
  const { value, where } = subject;
  if (value.type !== "string") {
    context.report({
      messageId: "notString",
      data: { where },
      span: locate(value),
      help: "Write every subject as a string; quote it if it looks like a number or a boolean.",
    });
    return;
  }
  const queueCheck = hasChange(context.target, QUEUE_CHECK);
  const problem = checkPermissionSubject(value.value, subject.queueAllowed, queueCheck);
  if (problem === undefined) return;
  const accepted = problem.kind === "queue-not-allowed" && !queueCheck;
  if (accepted && subject.oldQueue === "silent") return;
  let messageId = "invalid";
  if (accepted) messageId = subject.oldQueue === "accepted" ? "queueAccepted" : "queueIgnored";
  context.report({
    messageId,
    data: { where, problem: describeProblem(problem), target: formatVersion(context.target) },
    span: locate(value),
    help:
      problem.kind === "queue-not-allowed"
        ? `Remove " ${problem.queue}": ${where} permissions match subjects only.`
        : "Write a subject of dot-separated tokens without spaces or empty tokens; > may only come last.",
    ...(accepted ? { server: "accepts" as const } : {}),
  });
}

function checkResponses(context: RuleContext, instance: BlockInstance): void {
  const entry = blockEntry(instance, "allow_responses");
  if (entry === undefined || (entry.value.type === "bool" && !entry.value.value)) return;
  const cluster = instance.parent?.spec.id === "cluster";
  context.report({
    messageId: cluster ? "responsesRejected" : "responsesIgnored",
    span: entrySpan(entry),
    help: "Remove allow_responses from route permissions.",
    ...(cluster ? {} : { server: "accepts" as const }),
  });
}

export const rule: Rule = {
  meta: {
    id: "perm-subject-invalid",
    severity: "error",
    description:
      "an invalid subject or misplaced queue group in permissions or leafnode deny lists, or allow_responses for routes",
    server: "rejects",
    messages: {
      invalid: "In the {where} permissions, {problem}; nats-server rejects the config.",
      queueIgnored:
        "In the {where} permissions, {problem}. nats-server {target} accepts the entry, but it never matches; 2.12.14, 2.14.4 and later reject it.",
      queueAccepted:
        "In the {where} permissions, {problem}. nats-server {target} accepts the entry; 2.12.14, 2.14.4 and later reject it.",
      notString:
        "A subject in the {where} permissions is not a string; nats-server rejects the config.",
      responsesRejected:
        "cluster.permissions sets allow_responses, which routes do not support; nats-server rejects the config.",
      responsesIgnored:
        "allow_responses in cluster authorization permissions has no use for routes; nats-server accepts it without a word.",
    },
  },
  check(context) {
    for (const instance of blocksWithId(context, "permissions")) {
      for (const subject of subjectsOf(instance)) checkSubject(context, subject);
      if (isRoutePermissions(instance)) checkResponses(context, instance);
    }
    for (const instance of blocksWithId(context, "leafnode-remote")) {
      for (const subject of remoteDenySubjects(instance)) checkSubject(context, subject);
    }
  },
};
