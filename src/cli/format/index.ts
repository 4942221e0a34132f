// Loads the formatter of one lint output format. Each lives in its own module,
// imported only when chosen, so that the others cost nothing at start-up.

import type { FormatName, Formatter } from "./types.js";

export async function loadFormatter(name: FormatName): Promise<Formatter> {
  switch (name) {
    case "stylish":
      return (await import("./stylish.js")).formatStylishReport;
    case "compact":
      return (await import("./compact.js")).formatCompact;
    case "json":
      return (await import("./json.js")).formatJson;
    case "sarif":
      return (await import("./sarif.js")).formatSarif;
    case "github":
      return (await import("./github.js")).formatGithub;
  }
}

/** Returns the format to use: the one given, else github inside GitHub Actions, else stylish. */
export function chooseFormat(
  requested: FormatName | undefined,
  env: NodeJS.ProcessEnv,
): FormatName {
  if (requested !== undefined) return requested;
  return env["GITHUB_ACTIONS"] === "true" ? "github" : "stylish";
}
