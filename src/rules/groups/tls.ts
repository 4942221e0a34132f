// Rules about tls blocks: which keys take effect where, cipher suites,
// curves, certificates and monitoring over HTTPS.

import { rule as tlsVerifyFalseWithMap } from "../tls-verify-false-with-map.js";
import { rule as tlsVerifyRedundantWithMap } from "../tls-verify-redundant-with-map.js";
import type { Rule } from "../types.js";

export const TLS_RULES: readonly Rule[] = [tlsVerifyFalseWithMap, tlsVerifyRedundantWithMap];
