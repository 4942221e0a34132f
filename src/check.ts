// The lint pipeline without the CLI: load a config, run the rules, and return
// every diagnostic in file and position order.

import { compareDiagnostics, type Diagnostic } from "./diagnostics/diagnostic.js";
import type { LoadedConfig } from "./resolve/load.js";
import { RULES } from "./rules/index.js";
import { runRules, type RunOptions } from "./rules/run.js";
import { applySuppressions } from "./suppress.js";
import { DEFAULT_TARGET, isAtLeast, type ServerVersion } from "./target/version.js";

export interface CheckedConfig {
  ok: true;
  config: LoadedConfig;
  diagnostics: Diagnostic[];
}

export function checkLoaded(config: LoadedConfig, options: RunOptions = {}): CheckedConfig {
  const target = options.target ?? DEFAULT_TARGET;
  const loadDiagnostics = config.diagnostics.map((d) => forTarget(d, target));
  const findings = applySuppressions(runRules(config, options), config.sources.values(), {
    ruleIds: RULES.map((rule) => rule.meta.id),
    disabled: new Set(
      [...(options.severities ?? [])].filter(([, setting]) => setting === "off").map(([id]) => id),
    ),
  });
  const diagnostics = [...loadDiagnostics, ...findings];
  diagnostics.sort(compareDiagnostics);
  return { ok: true, config, diagnostics };
}

/**
 * Softens a syntax error that the target server accepts: the file still reads
 * the same, but the target will not refuse it, and newer servers will.
 */
function forTarget(diagnostic: Diagnostic, target: ServerVersion): Diagnostic {
  const since = diagnostic.rejectedSince;
  if (since === undefined || isAtLeast(target, since)) return diagnostic;
  return {
    ...diagnostic,
    severity: "warning",
    message: `${diagnostic.message} nats-server before ${since} ignores this; ${since} and later reject the file.`,
    server: "accepts",
  };
}
