// Rules about listeners and subsystems: cluster, gateway, leafnodes,
// websocket, mqtt, jetstream and top-level limits.

import type { Rule } from "../types.js";

export const SERVER_RULES: readonly Rule[] = [];
