// The lint pipeline without the CLI: load a config, run the rules, and return
// every diagnostic in file and position order.

import { compareDiagnostics, type Diagnostic } from "./diagnostics/diagnostic.js";
import type { LoadedConfig } from "./resolve/load.js";
import { runRules, type RunOptions } from "./rules/run.js";

export interface CheckedConfig {
  ok: true;
  config: LoadedConfig;
  diagnostics: Diagnostic[];
}

export function checkLoaded(config: LoadedConfig, options: RunOptions = {}): CheckedConfig {
  const diagnostics = [...config.diagnostics, ...runRules(config, options)];
  diagnostics.sort(compareDiagnostics);
  return { ok: true, config, diagnostics };
}
