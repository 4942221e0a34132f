// A check of URL strings the way Go's net/url.Parse sees them, for the URL
// lists that nats-server parses while reading options (routes, gateway URLs,
// leafnode remote URLs).

/** Characters Go accepts in a host name, besides letters and digits. */
const HOST_CHARACTERS = /^[A-Za-z0-9\-._~!$&'()*+,;=%]*$/;
const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:/;

/** Returns why Go's url.Parse would reject `text`, or undefined when it parses. */
export function urlProblem(text: string): string | undefined {
  if (/[\u0000-\u001f\u007f]/.test(text)) return "it contains a control character";
  const scheme = SCHEME.exec(text);
  if (scheme === null) {
    const colon = text.indexOf(":");
    const slash = text.indexOf("/");
    if (colon === 0) return "it is missing a scheme";
    if (colon > 0 && (slash < 0 || colon < slash))
      return "it has no scheme, so the part before the first colon reads as a path";
    return undefined;
  }
  const rest = text.slice(scheme[0].length);
  if (!rest.startsWith("//")) return undefined;
  const authority = rest.slice(2).split(/[/?#]/, 1)[0]!;
  const at = authority.lastIndexOf("@");
  const hostPort = at < 0 ? authority : authority.slice(at + 1);
  let host = hostPort;
  let port = "";
  if (hostPort.startsWith("[")) {
    const close = hostPort.indexOf("]");
    if (close < 0) return "its IPv6 address lacks the closing ]";
    host = "";
    const after = hostPort.slice(close + 1);
    if (after !== "" && !after.startsWith(":")) return "text follows the IPv6 address";
    port = after.slice(1);
  } else {
    const colon = hostPort.lastIndexOf(":");
    if (colon >= 0) {
      host = hostPort.slice(0, colon);
      port = hostPort.slice(colon + 1);
    }
  }
  if (!/^\d*$/.test(port)) return `its port "${port}" is not a number`;
  const bad = [...host].find((c) => !HOST_CHARACTERS.test(c));
  if (bad !== undefined) return `its host name contains ${JSON.stringify(bad)}`;
  return undefined;
}
