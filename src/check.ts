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
  /**
   * Findings for which `nats-server -t` fails on the config (the server rejects
   * it, or warns, which also fails the test). They are kept whatever their
   * severity and even when a comment silences them, and with runDisabledRules
   * also for rules the project file turns off. Compile refuses these, because
   * it writes only configs that the server accepts.
   */
  serverRejections: Diagnostic[];
}

export interface CheckOptions {
  /**
   * Run rules that the settings turn off too, so that serverRejections lists
   * their findings. Compile needs them; lint skips the work.
   */
  runDisabledRules?: boolean;
}

export function checkLoaded(
  config: LoadedConfig,
  options: RunOptions = {},
  check: CheckOptions = {},
): CheckedConfig {
  const target = options.target ?? DEFAULT_TARGET;
  const loadDiagnostics = config.diagnostics.map((d) => forTarget(d, target));
  const disabled = new Set(
    [...(options.severities ?? [])].filter(([, setting]) => setting === "off").map(([id]) => id),
  );
  const severities = new Map(
    [...(options.severities ?? [])].map(([id, setting]) =>
      setting === "off" && check.runDisabledRules === true
        ? ([id, "info"] as const)
        : [id, setting],
    ),
  );
  const all = runRules(config, { ...options, severities });
  const serverRejections = all.filter(
    (d) => d.server === "rejects" || d.server === "rejects-sometimes" || d.server === "warns",
  );
  const findings = applySuppressions(
    all.filter((d) => !disabled.has(d.code)),
    config.sources.values(),
    { ruleIds: RULES.map((rule) => rule.meta.id), disabled },
  );
  const diagnostics = [...loadDiagnostics, ...findings];
  diagnostics.sort(compareDiagnostics);
  return { ok: true, config, diagnostics, serverRejections };
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
