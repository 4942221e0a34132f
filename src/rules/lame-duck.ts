import { formatDuration, parseGoDuration } from "../model/durations.js";
import { topEntry } from "../model/servers-options.js";
import type { Entry } from "../resolve/values.js";
import { entrySpan } from "./spans.js";
import type { Rule } from "./types.js";

const SECOND = 1_000_000_000n;
/** Defaults and the minimum of nats-server 2.9.10 to 2.14 (server/const.go, server/opts.go). */
const DEFAULT_DURATION = 120n * SECOND;
const DEFAULT_GRACE_PERIOD = 10n * SECOND;
const MIN_DURATION = 30n * SECOND;

/** Reads a duration string; undefined when unset, not a string or not a Go duration. */
function duration(entry: Entry | undefined): bigint | undefined {
  if (entry?.value.type !== "string") return undefined;
  const parsed = parseGoDuration(entry.value.value);
  return parsed.ok ? parsed.nanoseconds : undefined;
}

export const rule: Rule = {
  meta: {
    id: "lame-duck",
    severity: "error",
    description:
      "lame_duck_duration below 30s, a negative grace period, or a grace period not below the duration",
    server: "rejects",
    messages: {
      short:
        'lame_duck_duration "{value}" is below the minimum of 30s, and nats-server rejects it.',
      negative: 'lame_duck_grace_period "{value}" is negative, and nats-server rejects it.',
      grace:
        "lame_duck_grace_period ({grace}) is not below lame_duck_duration ({duration}), so no time would be left to close clients. nats-server refuses to start.",
    },
  },
  check(context) {
    const root = context.config.root;
    const durationEntry = topEntry(root, "lame_duck_duration");
    const graceEntry = topEntry(root, "lame_duck_grace_period");
    const written = { duration: duration(durationEntry), grace: duration(graceEntry) };
    // An entry that is set but unreadable is a type or duration error, reported elsewhere.
    if (durationEntry !== undefined && written.duration === undefined) return;
    if (graceEntry !== undefined && written.grace === undefined) return;

    let valid = true;
    if (written.duration !== undefined && written.duration < MIN_DURATION) {
      context.report({
        messageId: "short",
        data: { value: formatDuration(written.duration) },
        span: entrySpan(durationEntry!),
        help: 'Set lame_duck_duration to "30s" or more, or remove it for the default of 2m.',
      });
      valid = false;
    }
    if (written.grace !== undefined && written.grace < 0n) {
      context.report({
        messageId: "negative",
        data: { value: formatDuration(written.grace) },
        span: entrySpan(graceEntry!),
        help: 'Set lame_duck_grace_period to "0s" or more, or remove it for the default of 10s.',
      });
      valid = false;
    }
    if (!valid) return;

    const effective = {
      duration: written.duration ?? DEFAULT_DURATION,
      grace: written.grace ?? DEFAULT_GRACE_PERIOD,
    };
    if (effective.grace < effective.duration) return;
    const blamed = graceEntry ?? durationEntry!;
    const other = blamed === graceEntry ? durationEntry : undefined;
    context.report({
      messageId: "grace",
      data: {
        grace: formatDuration(effective.grace),
        duration: formatDuration(effective.duration),
      },
      span: entrySpan(blamed),
      ...(other === undefined
        ? {}
        : { related: [{ span: entrySpan(other), message: "lame_duck_duration is set here" }] }),
      help: "Make lame_duck_grace_period shorter than lame_duck_duration (defaults: 10s and 2m).",
      server: "fails-at-startup",
    });
  },
};
