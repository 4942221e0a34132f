// Rules about tls blocks and mapping client certificates to users.

import { rule as certUserWithoutMapping } from "../cert-user-without-mapping.js";
import { rule as passwordlessCertUser } from "../passwordless-cert-user.js";
import { rule as tlsVerifyFalseWithMap } from "../tls-verify-false-with-map.js";
import { rule as tlsVerifyRedundantWithMap } from "../tls-verify-redundant-with-map.js";
import type { Rule } from "../types.js";

export const TLS_RULES: readonly Rule[] = [
  tlsVerifyFalseWithMap,
  tlsVerifyRedundantWithMap,
  passwordlessCertUser,
  certUserWithoutMapping,
];
