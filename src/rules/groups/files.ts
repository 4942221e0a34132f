// Rules that read the certificate, key and CA files that tls blocks name, and
// the operator JWT files. They report nothing unless lint runs with file
// checks (--check-files).

import { rule as tlsFileCaNoCert } from "../tls-file-ca-no-cert.js";
import { rule as tlsFileCaNotIssuer } from "../tls-file-ca-not-issuer.js";
import { rule as tlsFileCertExpired } from "../tls-file-cert-expired.js";
import { rule as tlsFileCertExpiring } from "../tls-file-cert-expiring.js";
import { rule as tlsFileEku } from "../tls-file-eku.js";
import { rule as tlsFileKeyMismatch } from "../tls-file-key-mismatch.js";
import { rule as tlsFileMissing } from "../tls-file-missing.js";
import { rule as tlsFilePemInvalid } from "../tls-file-pem-invalid.js";
import { rule as operatorJwtFile } from "../operator-jwt-file.js";
import type { Rule } from "../types.js";

export const FILE_RULES: readonly Rule[] = [
  tlsFileMissing,
  tlsFilePemInvalid,
  tlsFileCaNoCert,
  tlsFileKeyMismatch,
  tlsFileCertExpired,
  tlsFileCertExpiring,
  tlsFileCaNotIssuer,
  tlsFileEku,
  operatorJwtFile,
];
