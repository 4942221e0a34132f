// Rules about mapping client certificates to users (verify_and_map) and the
// users that mapping is meant to protect.

import { rule as certUserImpersonationOldServer } from "../cert-user-impersonation-old-server.js";
import { rule as certUserPasswordAlsoRequired } from "../cert-user-password-also-required.js";
import { rule as certUserWithoutMapping } from "../cert-user-without-mapping.js";
import { rule as clusterMapDnLiteral } from "../cluster-map-dn-literal.js";
import { rule as clusterMapWithoutUser } from "../cluster-map-without-user.js";
import { rule as dnEquivalentDuplicates } from "../dn-equivalent-duplicates.js";
import { rule as dnHostnameUser } from "../dn-hostname-user.js";
import { rule as dnMultipleCnOrOu } from "../dn-multiple-cn-or-ou.js";
import { rule as dnPartialMatch } from "../dn-partial-match.js";
import { rule as dnQuoting } from "../dn-quoting.js";
import { rule as dnUnsupportedAttribute } from "../dn-unsupported-attribute.js";
import { rule as leafMapShadowed } from "../leaf-map-shadowed.js";
import { rule as passwordlessCertUser } from "../passwordless-cert-user.js";
import { rule as passwordlessUser } from "../passwordless-user.js";
import { rule as tlsMapNoAuthUserIgnored } from "../tls-map-no-auth-user-ignored.js";
import { rule as tlsMapWithoutUsers } from "../tls-map-without-users.js";
import type { Rule } from "../types.js";

export const MAPPING_RULES: readonly Rule[] = [
  tlsMapWithoutUsers,
  tlsMapNoAuthUserIgnored,
  passwordlessUser,
  passwordlessCertUser,
  certUserWithoutMapping,
  certUserPasswordAlsoRequired,
  certUserImpersonationOldServer,
  dnQuoting,
  dnUnsupportedAttribute,
  dnEquivalentDuplicates,
  dnPartialMatch,
  dnMultipleCnOrOu,
  dnHostnameUser,
  clusterMapWithoutUser,
  clusterMapDnLiteral,
  leafMapShadowed,
];
