// Listen addresses as nats-server reads them: a port number, or a "host:port"
// string that Go's net.SplitHostPort splits and strconv.Atoi turns into a port
// (server/opts.go parseListen, nats-server 2.9.10 to 2.14). Written from the Go
// documentation of those two functions.

export type AddressParse =
  | { ok: true; host: string; port: number }
  | { ok: false; reason: "missing-port" | "bad-brackets" | "too-many-colons" | "bad-port" };

/**
 * Splits "host:port", "[ipv6]:port" or ":port" the way net.SplitHostPort does,
 * and reads the port as a signed decimal integer. The port is not range-checked.
 */
export function parseHostPort(text: string): AddressParse {
  const split = splitHostPort(text);
  if (!split.ok) return split;
  const port = parseDecimalInteger(split.port);
  if (port === undefined) return { ok: false, reason: "bad-port" };
  return { ok: true, host: split.host, port };
}

type SplitResult =
  | { ok: true; host: string; port: string }
  | { ok: false; reason: "missing-port" | "bad-brackets" | "too-many-colons" };

function splitHostPort(text: string): SplitResult {
  const lastColon = text.lastIndexOf(":");
  if (lastColon < 0) return { ok: false, reason: "missing-port" };

  let host: string;
  // The host part (after the opening bracket, if any) and the port may not contain brackets.
  let bracketCheckFrom = 0;
  let closingCheckFrom = 0;
  if (text.startsWith("[")) {
    const close = text.indexOf("]");
    if (close < 0) return { ok: false, reason: "bad-brackets" };
    if (close + 1 === text.length) return { ok: false, reason: "missing-port" };
    if (close + 1 !== lastColon) {
      return { ok: false, reason: text[close + 1] === ":" ? "too-many-colons" : "missing-port" };
    }
    host = text.slice(1, close);
    bracketCheckFrom = 1;
    closingCheckFrom = close + 1;
  } else {
    host = text.slice(0, lastColon);
    if (host.includes(":")) return { ok: false, reason: "too-many-colons" };
  }
  if (text.indexOf("[", bracketCheckFrom) >= 0) return { ok: false, reason: "bad-brackets" };
  if (text.indexOf("]", closingCheckFrom) >= 0) return { ok: false, reason: "bad-brackets" };
  return { ok: true, host, port: text.slice(lastColon + 1) };
}

const INT64_MAX = (1n << 63n) - 1n;

/** Reads "[+-]digits" as Go's strconv.Atoi does on a 64-bit build; undefined when it fails. */
export function parseDecimalInteger(text: string): number | undefined {
  if (!/^[+-]?\d+$/.test(text)) return undefined;
  const value = BigInt(text);
  if (value > INT64_MAX || value < -INT64_MAX - 1n) return undefined;
  return Number(value);
}

/** True for ports the server can listen on: -1 requests a random port, and 0 leaves the listener off (or on its default port). */
export function isPortInRange(port: number | bigint): boolean {
  return port >= -1 && port <= 65535;
}
