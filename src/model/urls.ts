// A check of URL strings the way Go's net/url.Parse sees them, for the URL
// lists that nats-server parses while reading options (routes, gateway URLs,
// leafnode remote URLs). nats-server trims white space and then calls
// url.Parse. The rules below follow Go 1.19, which built Debian's nats-server
// 2.9.10, and were checked against that binary with `nats-server -t`.
//
// NOTE: newer Go releases reject more, and natsconf accepts these: from Go
// 1.25.2 a bracketed host must be an IPv6 address, and from Go 1.25.8
// brackets may only start the host.

const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:/;

/** The characters Go's strings.TrimSpace removes (unicode.IsSpace). */
const GO_SPACE =
  "[\\t\\n\\v\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]";
const GO_TRIM = new RegExp(`^${GO_SPACE}+|${GO_SPACE}+$`, "g");

/** ASCII characters that Go accepts unescaped in a host (and in an IPv6 zone). */
const HOST_CHARACTER = /[A-Za-z0-9\-._~!$&'()*+,;=:[\]<>"]/;

/** Characters that Go accepts unescaped in user information; the rest must be percent-encoded. */
const USERINFO_CHARACTER = /[A-Za-z0-9\-._~:!$&'()*+,;=%@]/;

const HEX = /^[0-9A-Fa-f]{2}$/;

/** Removes leading and trailing white space as Go's strings.TrimSpace does. */
export function trimGoSpace(text: string): string {
  return text.replace(GO_TRIM, "");
}

/** Returns the first invalid percent escape in `text` ("%zz", or "%" at the end), if any. */
function badEscape(text: string): string | undefined {
  for (let i = text.indexOf("%"); i >= 0; i = text.indexOf("%", i + 1)) {
    const digits = text.slice(i + 1, i + 3);
    if (!HEX.test(digits)) return text.slice(i, i + 3);
    i += 2;
  }
  return undefined;
}

/**
 * Returns why Go rejects `host` (one part of a host, in host or zone mode),
 * or undefined. A host may percent-encode only non-ASCII bytes and the % of
 * an IPv6 zone (%25). A zone may percent-encode a space and the ASCII
 * characters a host may contain unescaped, but no non-ASCII byte.
 */
function hostPartProblem(host: string, mode: "host" | "zone"): string | undefined {
  for (let i = 0; i < host.length; i++) {
    const c = host[i]!;
    if (c === "%") {
      const escape = host.slice(i, i + 3);
      if (!HEX.test(escape.slice(1))) return `its host has an invalid percent escape "${escape}"`;
      const byte = Number.parseInt(escape.slice(1), 16);
      const allowed =
        escape === "%25" ||
        (mode === "host"
          ? byte >= 0x80
          : byte === 0x20 || (byte < 0x80 && HOST_CHARACTER.test(String.fromCharCode(byte))));
      if (!allowed && mode === "host")
        return `its host percent-encodes "${escape}", but a host may only percent-encode non-ASCII bytes`;
      if (!allowed)
        return `its IPv6 zone percent-encodes "${escape}", which Go does not allow there`;
      i += 2;
    } else if (c.charCodeAt(0) < 0x80 && !HOST_CHARACTER.test(c)) {
      return `its host name contains ${JSON.stringify(c)}`;
    }
  }
  return undefined;
}

/** Checks the port after a host, which must be empty or a colon and digits. */
function portProblem(colonPort: string): string | undefined {
  if (colonPort === "" || /^:\d*$/.test(colonPort)) return undefined;
  if (!colonPort.startsWith(":")) return "text follows the IPv6 address";
  return `its port "${colonPort.slice(1)}" is not a number`;
}

function hostProblem(hostPort: string): string | undefined {
  if (hostPort.startsWith("[")) {
    // Go takes the last ], so "[a]b]" is host "[a]b" with no port.
    const close = hostPort.lastIndexOf("]");
    if (close < 0) return "its IPv6 address lacks the closing ]";
    const port = portProblem(hostPort.slice(close + 1));
    if (port !== undefined) return port;
    const zone = hostPort.slice(0, close).indexOf("%25");
    if (zone < 0) {
      const problem = hostPartProblem(hostPort, "host");
      const percent = hostPort.indexOf("%");
      if (problem !== undefined && percent >= 0 && percent < close)
        return `${problem}; write an IPv6 zone after %25, as in [fe80::1%25eth0]`;
      return problem;
    }
    return (
      hostPartProblem(hostPort.slice(0, zone), "host") ??
      hostPartProblem(hostPort.slice(zone, close), "zone") ??
      hostPartProblem(hostPort.slice(close), "host")
    );
  }
  const colon = hostPort.lastIndexOf(":");
  if (colon >= 0) {
    const port = portProblem(hostPort.slice(colon));
    if (port !== undefined) return port;
  }
  return hostPartProblem(hostPort, "host");
}

/**
 * Returns why Go rejects the user information before the @. The text of the
 * password never appears in the result, because callers print it.
 */
function userinfoProblem(userinfo: string): string | undefined {
  const colon = userinfo.indexOf(":");
  const user = colon < 0 ? userinfo : userinfo.slice(0, colon);
  const password = colon < 0 ? undefined : userinfo.slice(colon + 1);
  const badUserCharacter = [...user].find((c) => !USERINFO_CHARACTER.test(c));
  // A user name without a password is sent as a token, so it is not quoted either.
  if (badUserCharacter !== undefined && password === undefined)
    return "its user name or token contains a character that must be percent-encoded (it is not shown)";
  if (badUserCharacter !== undefined)
    return `its user name contains ${JSON.stringify(badUserCharacter)}, which must be percent-encoded`;
  if (password !== undefined && [...password].some((c) => !USERINFO_CHARACTER.test(c)))
    return "its password contains a character that must be percent-encoded (the password is not shown)";
  const userEscape = badEscape(user);
  if (userEscape !== undefined && password === undefined)
    return "its user name or token has an invalid percent escape (it is not shown); write % as %25";
  if (userEscape !== undefined)
    return `its user name has an invalid percent escape "${userEscape}"`;
  if (password !== undefined && badEscape(password) !== undefined)
    return "its password has an invalid percent escape (the password is not shown); write % as %25";
  return undefined;
}

function authorityProblem(authority: string): string | undefined {
  // The last @ ends the user information, so an @ in a password needs no escaping.
  const at = authority.lastIndexOf("@");
  const host = hostProblem(at < 0 ? authority : authority.slice(at + 1));
  if (host !== undefined || at < 0) return host;
  return userinfoProblem(authority.slice(0, at));
}

/** Returns why Go's url.Parse rejects `text` after white space is trimmed, or undefined when it parses. */
export function urlProblem(text: string): string | undefined {
  const trimmed = trimGoSpace(text);
  // The fragment is split off first, and Go checks only its percent escapes.
  const hash = trimmed.indexOf("#");
  const beforeFragment = hash < 0 ? trimmed : trimmed.slice(0, hash);
  let found = beforeFragmentProblem(beforeFragment);
  if (found === undefined && hash >= 0) {
    const escape = badEscape(trimmed.slice(hash + 1));
    if (escape !== undefined)
      found = {
        problem: `its fragment has an invalid percent escape "${escape}"`,
        quotesFrom: hash,
      };
  }
  if (found === undefined) return undefined;
  // A /, ? or # in a password ends the authority early, and the rest of the
  // password then reads as host, port, path or fragment. A problem that
  // quotes text before the last @ could show part of the password.
  const leaks = found.quotesFrom !== undefined && trimmed.lastIndexOf("@") > found.quotesFrom;
  return leaks ? CUT_SHORT : found.problem;
}

const CUT_SHORT =
  "an @ follows the first /, ? or #, which end the user information early; percent-encode /, ? and # in the user name and password (%2F, %3F, %23)";

interface Problem {
  problem: string;
  /** Start of the text that `problem` may quote, or undefined when it quotes none. */
  quotesFrom?: number;
}

function beforeFragmentProblem(text: string): Problem | undefined {
  if (/[\u0000-\u001f\u007f]/.test(text)) return { problem: "it contains a control character" };
  const scheme = SCHEME.exec(text);
  if (scheme === null && text.startsWith(":")) return { problem: "it is missing a scheme" };
  const restStart = scheme === null ? 0 : scheme[0].length;
  let rest = text.slice(restStart);
  // The query is split off next and not checked.
  const question = rest.indexOf("?");
  if (question >= 0) rest = rest.slice(0, question);
  if (!rest.startsWith("/")) {
    // With a scheme the rest is opaque data, which Go does not check.
    if (scheme !== null) return undefined;
    if (rest.split("/", 1)[0]!.includes(":"))
      return { problem: "it has no scheme, so the part before the first colon reads as a path" };
  }
  let path = rest;
  let pathStart = restStart;
  if (rest.startsWith("//") && (scheme !== null || !rest.startsWith("///"))) {
    const slash = rest.indexOf("/", 2);
    const authority = slash < 0 ? rest.slice(2) : rest.slice(2, slash);
    path = slash < 0 ? "" : rest.slice(slash);
    pathStart = restStart + 2 + authority.length;
    const problem = authorityProblem(authority);
    if (problem !== undefined) {
      const hostStart = restStart + 2 + authority.lastIndexOf("@") + 1;
      return { problem, quotesFrom: hostStart };
    }
  }
  const escape = badEscape(path);
  if (escape !== undefined)
    return { problem: `its path has an invalid percent escape "${escape}"`, quotesFrom: pathStart };
  return undefined;
}

/**
 * Returns `text` with the user information of a URL masked: the password
 * becomes ***, and so does a user name without a password, because
 * nats-server sends such a name as a token. The masked part runs from the
 * authority to the last @ anywhere in the text, so a password that contains /,
 * ? or # is masked whole although Go would cut the authority there.
 */
export function maskUrlUserinfo(text: string): string {
  const scheme = /^[^:/?#]*:\/\//.exec(text);
  let start = 0;
  if (scheme !== null) start = scheme[0].length;
  else if (text.startsWith("//")) start = 2;
  const at = text.lastIndexOf("@");
  if (at < start) return text;
  const colon = text.slice(start, at).indexOf(":");
  const keep = colon < 0 ? start : start + colon + 1;
  return `${text.slice(0, keep)}***${text.slice(at)}`;
}

/** Bytes that Go's url package leaves unescaped in a path (shouldEscape with encodePath). */
function keptInPath(byte: number): boolean {
  const char = String.fromCharCode(byte);
  return /[A-Za-z0-9\-_.~$&+,/:;=@]/.test(char);
}

/** Bytes that Go's validEncoded accepts as written in a path, besides escapes. */
function validInPath(byte: number): boolean {
  return keptInPath(byte) || "!'()*[]".includes(String.fromCharCode(byte));
}

const UTF8 = new TextEncoder();

/** Percent-decodes text to bytes; returns undefined for a bad escape. */
function unescapeBytes(text: string): number[] | undefined {
  const bytes = [...UTF8.encode(text)];
  const out: number[] = [];
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] !== 0x25) {
      out.push(bytes[i]!);
      continue;
    }
    const hex = String.fromCharCode(bytes[i + 1] ?? 0, bytes[i + 2] ?? 0);
    if (!/^[0-9A-Fa-f]{2}$/.test(hex)) return undefined;
    out.push(parseInt(hex, 16));
    i += 2;
  }
  return out;
}

/**
 * Returns the text that Go's url.URL.String() gives for a URI, which is the
 * form in which nats-server compares a certificate's URI SAN with user names.
 * The scheme is lower-cased. A path that is a valid encoding stays as written,
 * and any other path is escaped again, so a space becomes %20. Host, query and
 * fragment stay as written.
 * Returns undefined for text Go's url.Parse rejects here (a bad escape in the
 * path). Opaque URIs such as urn:x:y only get the scheme lower-cased.
 */
export function goUrlString(text: string): string | undefined {
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(text);
  if (scheme === null) return text;
  let rest = text.slice(scheme[0].length);
  let suffix = "";
  const fragment = rest.indexOf("#");
  if (fragment >= 0) {
    suffix = rest.slice(fragment);
    rest = rest.slice(0, fragment);
  }
  const query = rest.indexOf("?");
  if (query >= 0) {
    suffix = rest.slice(query) + suffix;
    rest = rest.slice(0, query);
  }
  let authority = "";
  if (rest.startsWith("//")) {
    const slash = rest.indexOf("/", 2);
    authority = slash < 0 ? rest : rest.slice(0, slash);
    rest = slash < 0 ? "" : rest.slice(slash);
  } else if (!rest.startsWith("/")) {
    // An opaque URI: Go keeps everything after the scheme as written.
    return `${scheme[1]!.toLowerCase()}:${rest}${suffix}`;
  }
  const bytes = unescapeBytes(rest);
  if (bytes === undefined) return undefined;
  const written = [...UTF8.encode(rest)];
  const path = written.every((byte) => byte === 0x25 || validInPath(byte))
    ? rest
    : bytes
        .map((byte) =>
          keptInPath(byte)
            ? String.fromCharCode(byte)
            : `%${byte.toString(16).toUpperCase().padStart(2, "0")}`,
        )
        .join("");
  return `${scheme[1]!.toLowerCase()}:${authority}${path}${suffix}`;
}
