// Rules that the option schema drives: unknown keys, types, values and
// duplicate keys.

import { rule as duplicateKey } from "../duplicate-key.js";
import { rule as duplicateKeyCase } from "../duplicate-key-case.js";
import { rule as optionNotInVersion } from "../option-not-in-version.js";
import type { Rule } from "../types.js";
import { rule as unknownKey } from "../unknown-key.js";

export const SCHEMA_RULES: readonly Rule[] = [
  unknownKey,
  optionNotInVersion,
  duplicateKey,
  duplicateKeyCase,
];
