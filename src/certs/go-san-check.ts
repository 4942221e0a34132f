// The checks Go's crypto/x509 makes on a certificate's email, DNS, URI and IP
// SANs while it parses the certificate. A client certificate that fails one
// cannot be parsed by nats-server at all, so its TLS handshake fails before
// verify_and_map looks at any name. Written after Go 1.19's parseSANExtension
// and domainToReverseLabels; Go 1.19 builds nats-server 2.9.10.

import { urlProblem } from "../model/urls.js";

export type SanType = "email" | "dns" | "uri";

const LABELS: Readonly<Record<SanType, string>> = { email: "email", dns: "DNS", uri: "URI" };

/** The ASN.1 names that Go's error messages use for each SAN type. */
const GO_SAN_NAMES: Readonly<Record<SanType, string>> = {
  email: "rfc822Name",
  dns: "dNSName",
  uri: "uniformResourceIdentifier",
};

const NON_ASCII = /[^\u0000-\u007f]/;

/**
 * Returns why Go rejects one email, DNS or URI SAN, with Go's error message, or
 * undefined when Go accepts it.
 */
export function goSanError(type: SanType, value: string): string | undefined {
  const quoted = JSON.stringify(value);
  if (NON_ASCII.test(value)) {
    return `the ${LABELS[type]} SAN ${quoted} contains a character outside ASCII (Go: "x509: SAN ${GO_SAN_NAMES[type]} is malformed")`;
  }
  if (type !== "uri") return undefined;
  const problem = urlProblem(value);
  if (problem !== undefined) {
    return `Go's url.Parse rejects the URI SAN ${quoted}: ${problem} (Go: "x509: cannot parse URI")`;
  }
  const host = uriHost(value);
  if (host !== "" && !isValidDomain(host)) {
    return `the host of the URI SAN ${quoted} has an empty label, a trailing dot, or a space or control character (Go: "x509: cannot parse URI ...: invalid domain")`;
  }
  return undefined;
}

/** Returns why Go rejects an IP SAN of `length` bytes, or undefined for 4 and 16. */
export function goIpSanError(length: number): string | undefined {
  if (length === 4 || length === 16) return undefined;
  return `an IP SAN has ${length} bytes instead of 4 or 16 (Go: "x509: cannot parse IP address of length ${length}")`;
}

/** Returns the host and port of a URI with an authority, or "" when it has none. */
function uriHost(uri: string): string {
  const authority = /^[A-Za-z][A-Za-z0-9+.-]*:\/\/([^/?#]*)/.exec(uri)?.[1];
  if (authority === undefined) return "";
  return authority.slice(authority.lastIndexOf("@") + 1);
}

/**
 * Applies the test of Go 1.19's domainToReverseLabels: no empty label, no trailing
 * dot, and only the characters from ! to ~ in each label. The port stays in `host`,
 * as in Go's url.URL.Host.
 */
function isValidDomain(host: string): boolean {
  const labels = host.split(".");
  if (labels.some((label) => label === "")) return false;
  return [...host].every((character) => character >= "!" && character <= "~");
}
