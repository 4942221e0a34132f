// Every rule natsconf runs.

import { rule as certUserWithoutMapping } from "./cert-user-without-mapping.js";
import { rule as duplicateKey } from "./duplicate-key.js";
import { rule as duplicateKeyCase } from "./duplicate-key-case.js";
import { rule as passwordlessCertUser } from "./passwordless-cert-user.js";
import { rule as tlsVerifyFalseWithMap } from "./tls-verify-false-with-map.js";
import { rule as tlsVerifyRedundantWithMap } from "./tls-verify-redundant-with-map.js";
import type { Rule } from "./types.js";
import { rule as unknownKey } from "./unknown-key.js";

export const RULES: readonly Rule[] = [
  tlsVerifyFalseWithMap,
  tlsVerifyRedundantWithMap,
  passwordlessCertUser,
  certUserWithoutMapping,
  unknownKey,
  duplicateKey,
  duplicateKeyCase,
];
