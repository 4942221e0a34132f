// Rules about tls blocks: which keys take effect where, cipher suites,
// curves, certificates and monitoring over HTTPS.

import { rule as httpsWithoutTls } from "../https-without-tls.js";
import { rule as leafTlsWrongSide } from "../leaf-tls-wrong-side.js";
import { rule as ocspUrls } from "../ocsp-urls.js";
import { rule as tlsCertKeyPair } from "../tls-cert-key-pair.js";
import { rule as tlsCipherInsecure } from "../tls-cipher-insecure.js";
import { rule as tlsCipherInsecureAllowed } from "../tls-cipher-insecure-allowed.js";
import { rule as tlsCipherName } from "../tls-cipher-name.js";
import { rule as tlsCiphersTls13Only } from "../tls-ciphers-tls13-only.js";
import { rule as tlsClusterOnly } from "../tls-cluster-only.js";
import { rule as tlsCurveName } from "../tls-curve-name.js";
import { rule as tlsEmptyList } from "../tls-empty-list.js";
import { rule as tlsHandshakeFirstValue } from "../tls-handshake-first-value.js";
import { rule as tlsHandshakeFirstVsAllowNonTls } from "../tls-handshake-first-vs-allow-non-tls.js";
import { rule as tlsInsecure } from "../tls-insecure.js";
import { rule as tlsInsecureNoop } from "../tls-insecure-noop.js";
import { rule as tlsKeyIgnored } from "../tls-key-ignored.js";
import { rule as tlsKnownUrlsContext } from "../tls-known-urls-context.js";
import { rule as tlsPinnedFormat } from "../tls-pinned-format.js";
import { rule as tlsServerNoCert } from "../tls-server-no-cert.js";
import { rule as tlsVerifyFalseWithMap } from "../tls-verify-false-with-map.js";
import { rule as tlsVerifyIgnoredCluster } from "../tls-verify-ignored-cluster.js";
import { rule as tlsVerifyNoCa } from "../tls-verify-no-ca.js";
import { rule as tlsVerifyRedundantWithMap } from "../tls-verify-redundant-with-map.js";
import type { Rule } from "../types.js";

export const TLS_RULES: readonly Rule[] = [
  tlsVerifyFalseWithMap,
  tlsVerifyRedundantWithMap,
  tlsVerifyIgnoredCluster,
  tlsKnownUrlsContext,
  tlsKeyIgnored,
  tlsInsecure,
  tlsInsecureNoop,
  leafTlsWrongSide,
  tlsCertKeyPair,
  tlsServerNoCert,
  tlsVerifyNoCa,
  tlsPinnedFormat,
  tlsCipherName,
  tlsCipherInsecure,
  tlsCipherInsecureAllowed,
  tlsCiphersTls13Only,
  tlsCurveName,
  tlsEmptyList,
  tlsHandshakeFirstValue,
  tlsHandshakeFirstVsAllowNonTls,
  tlsClusterOnly,
  httpsWithoutTls,
  ocspUrls,
];
