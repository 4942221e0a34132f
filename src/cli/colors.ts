// Decides whether output gets colour. chalk alone does not honour NO_COLOR, so
// the decision is made here and passed to a chalk instance.

export type ColorLevel = 0 | 1 | 2 | 3;

/**
 * Returns the colour level: --color / --no-color win, then NO_COLOR (any
 * non-empty value turns colour off), then FORCE_COLOR (0 to 3, or empty for
 * on), then whether the stream is a terminal.
 */
export function colorLevel(
  flag: boolean | undefined,
  env: NodeJS.ProcessEnv,
  isTTY: boolean,
): ColorLevel {
  if (flag === false) return 0;
  const force = env["FORCE_COLOR"];
  const forced: ColorLevel | undefined =
    force === undefined
      ? undefined
      : force === "" || force === "true"
        ? 1
        : (Math.min(3, Math.max(0, Number(force) || 0)) as ColorLevel);
  if (flag === true) return forced !== undefined && forced > 0 ? forced : 1;
  if (env["NO_COLOR"] !== undefined && env["NO_COLOR"] !== "") return 0;
  if (forced !== undefined) return forced;
  if (!isTTY || env["TERM"] === "dumb") return 0;
  return env["COLORTERM"] === "truecolor" ? 3 : 2;
}
