// WebSocket allowed origins, read the way nats-server reads them with Go's
// net/url (server/websocket.go, nats-server 2.9.10 to 2.14). Written from the
// Go documentation of url.Parse and url.ParseRequestURI; it covers the cases
// that decide whether an origin is usable, not every detail of Go's parser.

export interface OriginCheck {
  /** url.Parse fails; nats-server before 2.11.14 and 2.12.5 then refuses to start. */
  unparseable: boolean;
  /** url.ParseRequestURI fails; older servers then log an error and skip the origin. */
  notRequestUri: boolean;
  /** An http or https URL with a host, which is what an Origin header can match. */
  usable: boolean;
}

interface ParsedUrl {
  scheme: string;
  /** The host and port of the authority; "" when there is none. */
  host: string;
}

const FORBIDDEN_IN_HOST = /[\s"<>\\^`{|}]/;

/** Splits off the scheme as Go does; undefined when a colon comes first. */
function splitScheme(text: string): { scheme: string; rest: string } | undefined {
  for (let index = 0; index < text.length; index++) {
    const character = text[index]!;
    if (/[a-zA-Z]/.test(character)) continue;
    if (/[0-9+.-]/.test(character) && index > 0) continue;
    if (character === ":") {
      if (index === 0) return undefined;
      return { scheme: text.slice(0, index).toLowerCase(), rest: text.slice(index + 1) };
    }
    break;
  }
  return { scheme: "", rest: text };
}

/** Checks the host part of a URL authority: "name", "name:port" or "[v6]:port". */
function isValidUrlHost(host: string): boolean {
  if (FORBIDDEN_IN_HOST.test(host)) return false;
  let portPart: string;
  if (host.startsWith("[")) {
    const close = host.indexOf("]");
    if (close < 0) return false;
    portPart = host.slice(close + 1);
    if (portPart !== "" && !portPart.startsWith(":")) return false;
  } else {
    const colon = host.lastIndexOf(":");
    portPart = colon < 0 ? "" : host.slice(colon);
  }
  return portPart === "" || /^:\d*$/.test(portPart);
}

function parseUrl(text: string, asRequest: boolean): ParsedUrl | undefined {
  if (asRequest && text === "*") return { scheme: "", host: "" };
  // A request URI keeps '#' in the path; url.Parse cuts the fragment off.
  const withoutFragment = asRequest ? text : text.split("#", 1)[0]!;
  const split = splitScheme(withoutFragment);
  if (split === undefined) return undefined;
  const { scheme, rest } = split;
  if (!rest.startsWith("/")) {
    if (scheme !== "") return { scheme, host: "" };
    if (asRequest) return undefined;
    // A relative reference may not have a colon in its first segment.
    if (rest.split("/", 1)[0]!.includes(":")) return undefined;
    return { scheme, host: "" };
  }
  if (!rest.startsWith("//")) return { scheme, host: "" };
  const authority = rest.slice(2).split(/[/?]/, 1)[0]!;
  const host = authority.slice(authority.lastIndexOf("@") + 1);
  return isValidUrlHost(host) ? { scheme, host } : undefined;
}

/** Returns how nats-server versions treat one entry of allowed_origins. */
export function checkOrigin(text: string): OriginCheck {
  const request = parseUrl(text, true);
  let usable = request !== undefined;
  if (request !== undefined) {
    usable = (request.scheme === "http" || request.scheme === "https") && request.host !== "";
    // The host must split into name and port as net.SplitHostPort does, or have no port.
    const colon = request.host.lastIndexOf(":");
    if (!request.host.startsWith("[") && colon > 0 && request.host.slice(0, colon).includes(":"))
      usable = false;
  }
  return {
    unparseable: parseUrl(text, false) === undefined,
    notRequestUri: request === undefined,
    usable,
  };
}
