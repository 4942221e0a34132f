// Facts about a parsed certificate, for the file rules and their messages.

import type { X509Certificate } from "node:crypto";

export const EKU_SERVER_AUTH = "1.3.6.1.5.5.7.3.1";
export const EKU_CLIENT_AUTH = "1.3.6.1.5.5.7.3.2";
export const EKU_ANY = "2.5.29.37.0";

/** Returns the subject on one line, such as "O=Example, CN=localhost". */
export function subjectOf(certificate: X509Certificate): string {
  return certificate.subject.split("\n").join(", ");
}

/** Returns the instant as "2026-12-11 16:01:16 UTC". */
export function formatInstant(milliseconds: number): string {
  return `${new Date(milliseconds).toISOString().slice(0, 19).replace("T", " ")} UTC`;
}

export function validityOf(certificate: X509Certificate): { from: number; to: number } {
  return { from: Date.parse(certificate.validFrom), to: Date.parse(certificate.validTo) };
}

/**
 * True when Go's chain verification lets the certificate serve `usage`: it has
 * no extended key usage extension, or the extension lists `usage` or anyExtendedKeyUsage.
 */
export function allowsUsage(certificate: X509Certificate, usage: string): boolean {
  // Node 20 names the extended key usage list keyUsage; it is undefined without the extension.
  const usages = certificate.keyUsage as string[] | undefined;
  return usages === undefined || usages.includes(usage) || usages.includes(EKU_ANY);
}

/**
 * True when a CA of `roots` issued `leaf`, directly or through `intermediates`:
 * each link is checked by issuer name and signature, as Go builds chains.
 */
export function chainsTo(
  leaf: X509Certificate,
  intermediates: readonly X509Certificate[],
  roots: readonly X509Certificate[],
): boolean {
  const issuedBy = (child: X509Certificate, parent: X509Certificate) =>
    child.checkIssued(parent) && child.verify(parent.publicKey);
  let current = leaf;
  const unused = [...intermediates];
  for (;;) {
    if (roots.some((root) => issuedBy(current, root))) return true;
    const index = unused.findIndex((candidate) => issuedBy(current, candidate));
    if (index < 0) return false;
    current = unused.splice(index, 1)[0]!;
  }
}
