// Every block of the schema.

import type { BlockSpec } from "../types.js";
import { ALLOW_RESPONSES, AUTHORIZATION, PERMISSION_RULE, PERMISSIONS, USER } from "./authorization.js";
import { TLS, TLS_CERT_PAIR } from "./tls.js";

export const BLOCKS: readonly BlockSpec[] = [
  TLS,
  TLS_CERT_PAIR,
  AUTHORIZATION,
  USER,
  PERMISSIONS,
  PERMISSION_RULE,
  ALLOW_RESPONSES,
];
