// Rules about authorization, users, permissions, accounts and operator mode.

import type { Rule } from "../types.js";

export const AUTH_RULES: readonly Rule[] = [];
