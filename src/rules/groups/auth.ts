// Rules about authorization, users, permissions, accounts and operator mode.

import { rule as accountDefinition } from "../account-definition.js";
import { rule as accountExports } from "../account-exports.js";
import { rule as accountImports } from "../account-imports.js";
import { rule as allowedConnTypes } from "../allowed-conn-types.js";
import { rule as authCallout } from "../auth-callout.js";
import { rule as authConflicts } from "../auth-conflicts.js";
import { rule as authDuplicateUser } from "../auth-duplicate-user.js";
import { rule as authPlaintextPassword } from "../auth-plaintext-password.js";
import { rule as authQuotedDollar } from "../auth-quoted-dollar.js";
import { rule as authTimeout } from "../auth-timeout.js";
import { rule as authUserEntry } from "../auth-user-entry.js";
import { rule as clusterAuthMulti } from "../cluster-auth-multi.js";
import { rule as clusterPermsDeprecated } from "../cluster-perms-deprecated.js";
import { rule as msgTraceSamplingIgnored } from "../msg-trace-sampling-ignored.js";
import { rule as noAuthUserInvalid } from "../no-auth-user-invalid.js";
import { rule as operatorConfigInvalid } from "../operator-config-invalid.js";
import { rule as operatorModeConflicts } from "../operator-mode-conflicts.js";
import { rule as permAllowResponsesBlocksPublish } from "../perm-allow-responses-blocks-publish.js";
import { rule as permSubjectInvalid } from "../perm-subject-invalid.js";
import { rule as subjectMappingInvalid } from "../subject-mapping-invalid.js";
import type { Rule } from "../types.js";
import { rule as wsAuthTimeoutString } from "../ws-auth-timeout-string.js";

export const AUTH_RULES: readonly Rule[] = [
  authConflicts,
  authUserEntry,
  authDuplicateUser,
  allowedConnTypes,
  authPlaintextPassword,
  authQuotedDollar,
  noAuthUserInvalid,
  permSubjectInvalid,
  permAllowResponsesBlocksPublish,
  authTimeout,
  wsAuthTimeoutString,
  authCallout,
  clusterAuthMulti,
  clusterPermsDeprecated,
  operatorModeConflicts,
  operatorConfigInvalid,
  accountDefinition,
  accountExports,
  accountImports,
  subjectMappingInvalid,
  msgTraceSamplingIgnored,
];
