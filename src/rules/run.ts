// Runs the rules over a loaded config.

import { createDiagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import { findTlsBlocks } from "../model/tls.js";
import { findListeners, findUsers } from "../model/users.js";
import { findBlocks } from "../model/walk.js";
import type { LoadedConfig } from "../resolve/load.js";
import { RULES } from "./index.js";
import type { Rule, RuleContext } from "./types.js";

export function runRules(config: LoadedConfig, rules: readonly Rule[] = RULES): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const blocks = findBlocks(config.root);
  const shared = {
    config,
    blocks,
    tlsBlocks: findTlsBlocks(blocks),
    listeners: findListeners(blocks),
    users: findUsers(blocks),
  };
  for (const rule of rules) {
    const context: RuleContext = {
      ...shared,
      report(finding) {
        diagnostics.push(
          createDiagnostic({
            code: rule.meta.id,
            severity: rule.meta.severity,
            message: finding.message,
            span: finding.span,
            ...(finding.related === undefined ? {} : { related: finding.related }),
            ...(finding.help === undefined ? {} : { help: finding.help }),
          }),
        );
      },
    };
    rule.check(context);
  }
  return diagnostics;
}
