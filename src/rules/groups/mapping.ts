// Rules about mapping client certificates to users (verify_and_map) and the
// users that mapping is meant to protect.

import { rule as certUserWithoutMapping } from "../cert-user-without-mapping.js";
import { rule as passwordlessCertUser } from "../passwordless-cert-user.js";
import type { Rule } from "../types.js";

export const MAPPING_RULES: readonly Rule[] = [passwordlessCertUser, certUserWithoutMapping];
