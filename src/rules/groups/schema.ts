// Rules that the option schema drives: unknown keys, types, values and
// duplicate keys.

import { rule as durationInteger } from "../duration-integer.js";
import { rule as durationInvalid } from "../duration-invalid.js";
import { rule as keyAndAlias } from "../key-and-alias.js";
import { rule as sizeDecimalSuffix } from "../size-decimal-suffix.js";
import { rule as sizeString } from "../size-string.js";
import { rule as valueNotAllowed } from "../value-not-allowed.js";
import { rule as valueOutOfRange } from "../value-out-of-range.js";
import { rule as duplicateKey } from "../duplicate-key.js";
import { rule as duplicateKeyCase } from "../duplicate-key-case.js";
import { rule as optionNotInVersion } from "../option-not-in-version.js";
import type { Rule } from "../types.js";
import { rule as unknownKey } from "../unknown-key.js";
import { rule as urlInvalid } from "../url-invalid.js";
import { rule as valueType } from "../value-type.js";

export const SCHEMA_RULES: readonly Rule[] = [
  unknownKey,
  optionNotInVersion,
  valueType,
  valueNotAllowed,
  valueOutOfRange,
  durationInteger,
  durationInvalid,
  sizeString,
  sizeDecimalSuffix,
  keyAndAlias,
  urlInvalid,
  duplicateKey,
  duplicateKeyCase,
];
