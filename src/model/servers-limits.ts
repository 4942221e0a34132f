// The top-level payload limits as nats-server applies them: unset or 0 means
// the default (server/const.go and server/opts.go, nats-server 2.9.10 to 2.14).

import type { Entry, MapValue } from "../resolve/values.js";
import { topEntry } from "./servers-options.js";

export const DEFAULT_MAX_PAYLOAD = 1n << 20n;
export const DEFAULT_MAX_PENDING = 64n << 20n;
/** max_payload is stored in 32 bits; larger values are rejected. */
export const MAX_INT32 = (1n << 31n) - 1n;
/** Payloads above this size draw a warning at start-up. */
export const LARGE_PAYLOAD = 8n << 20n;

export interface PayloadLimits {
  payloadEntry: Entry | undefined;
  pendingEntry: Entry | undefined;
  /** The value written for max_payload, when it is an integer. */
  payloadWritten: bigint | undefined;
  /** The limits in effect, defaults filled in. */
  payload: bigint;
  pending: bigint;
}

function integer(entry: Entry | undefined): bigint | undefined {
  return entry?.value.type === "int64" ? entry.value.value : undefined;
}

export function payloadLimits(root: MapValue): PayloadLimits {
  const payloadEntry = topEntry(root, "max_payload");
  const pendingEntry = topEntry(root, "max_pending");
  const payloadWritten = integer(payloadEntry);
  return {
    payloadEntry,
    pendingEntry,
    payloadWritten,
    payload: payloadWritten || DEFAULT_MAX_PAYLOAD,
    pending: integer(pendingEntry) || DEFAULT_MAX_PENDING,
  };
}
