// Every rule natsconf runs, gathered from the rule groups. Each rule lives in
// src/rules/<id>.ts, with its docs in docs/rules/<id>.md and its test cases in
// test/rules/cases/<id>.ts.

import { AUTH_RULES } from "./groups/auth.js";
import { FILE_RULES } from "./groups/files.js";
import { MAPPING_RULES } from "./groups/mapping.js";
import { SCHEMA_RULES } from "./groups/schema.js";
import { SERVER_RULES } from "./groups/servers.js";
import { TLS_RULES } from "./groups/tls.js";
import type { Rule } from "./types.js";

export interface RuleGroup {
  title: string;
  rules: readonly Rule[];
}

export const RULE_GROUPS: readonly RuleGroup[] = [
  { title: "Options and values", rules: SCHEMA_RULES },
  { title: "TLS", rules: TLS_RULES },
  { title: "Certificate files (lint --check-files)", rules: FILE_RULES },
  { title: "Certificate mapping", rules: MAPPING_RULES },
  { title: "Authorization and accounts", rules: AUTH_RULES },
  { title: "Cluster, gateway, leafnodes, websocket, MQTT, JetStream", rules: SERVER_RULES },
];

export const RULES: readonly Rule[] = RULE_GROUPS.flatMap((group) => group.rules);

const byId = new Map(RULES.map((rule) => [rule.meta.id, rule]));

export function findRule(id: string): Rule | undefined {
  return byId.get(id);
}
