// Runs the rules over a loaded config.

import type { FileChecks } from "../certs/types.js";
import { createDiagnostic, type Diagnostic, type Severity } from "../diagnostics/diagnostic.js";
import { findTlsBlocks } from "../model/tls.js";
import { findListeners, findUsers } from "../model/users.js";
import { findBlocks } from "../model/walk.js";
import type { LoadedConfig } from "../resolve/load.js";
import { DEFAULT_TARGET, type ServerVersion } from "../target/version.js";
import { RULES } from "./index.js";
import { findingMessage, type Rule, type RuleContext } from "./types.js";

/** A rule's severity as a project file sets it; "off" skips the rule. */
export type SeveritySetting = Severity | "off";

export interface RunOptions {
  rules?: readonly Rule[];
  target?: ServerVersion;
  /** Severity overrides by rule id. */
  severities?: ReadonlyMap<string, SeveritySetting>;
  /** Lets the file rules read certificate files; they report nothing without it. */
  files?: FileChecks;
}

export function runRules(config: LoadedConfig, options: RunOptions = {}): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const blocks = findBlocks(config.root);
  const shared = {
    config,
    blocks,
    tlsBlocks: findTlsBlocks(blocks),
    listeners: findListeners(blocks),
    users: findUsers(blocks),
    target: options.target ?? DEFAULT_TARGET,
    files: options.files,
  };
  for (const rule of options.rules ?? RULES) {
    const severity = options.severities?.get(rule.meta.id) ?? rule.meta.severity;
    if (severity === "off") continue;
    const context: RuleContext = {
      ...shared,
      report(finding) {
        diagnostics.push(
          createDiagnostic({
            code: rule.meta.id,
            severity,
            message: findingMessage(rule.meta, finding),
            span: finding.span,
            ...(finding.related === undefined ? {} : { related: finding.related }),
            ...(finding.help === undefined ? {} : { help: finding.help }),
            server: finding.server ?? rule.meta.server,
          }),
        );
      },
    };
    try {
      rule.check(context);
    } catch (error) {
      // One broken rule must not hide the findings of the others.
      const reason = error instanceof Error ? error.message : String(error);
      diagnostics.push(
        createDiagnostic({
          code: "internal-error",
          severity: "error",
          message: `natsconf's rule ${rule.meta.id} failed on this config (${reason}). Please report this input; the other rules ran.`,
          span: { source: config.source, start: 0, end: 0 },
        }),
      );
    }
  }
  return diagnostics;
}
