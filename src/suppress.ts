// Suppression comments: a config may silence a rule for one line or one file.
//
//   # natsconf-disable-next-line duplicate-key -- staging overrides production
//   port: 4222  # natsconf-disable-line value-type
//   # natsconf-disable-file tls-verify-no-ca, tls-insecure -- lab setup
//
// Rule ids are required, the reason after `--` is optional. A directive that
// suppresses nothing, or names no known rule, gets a warning, so stale
// suppressions do not pile up.

import { createDiagnostic, type Diagnostic } from "./diagnostics/diagnostic.js";
import { suggest } from "./rules/suggest.js";
import type { SourceFile } from "./source.js";

type Scope = "next-line" | "line" | "file";

interface Directive {
  source: SourceFile;
  scope: Scope;
  /** The 1-based line it covers; 0 for the whole file. */
  line: number;
  ids: string[];
  start: number;
  end: number;
  used: Set<string>;
}

const DIRECTIVE = /^\s*natsconf-disable-(next-line|line|file)\b(.*)$/s;

function parseDirectives(source: SourceFile, problems: Diagnostic[]): Directive[] {
  const directives: Directive[] = [];
  for (const comment of source.comments) {
    const match = DIRECTIVE.exec(comment.text);
    if (match === null) continue;
    const scope = match[1] as Scope;
    const body = match[2]!.split(/\s--(?:\s|$)/)[0]!;
    const ids = body.split(/[\s,]+/).filter((id) => id !== "");
    const span = { source, start: comment.start, end: comment.end };
    if (ids.length === 0) {
      problems.push(
        createDiagnostic({
          code: "suppression/missing-rule",
          severity: "warning",
          message: `natsconf-disable-${scope} names no rule, so it suppresses nothing.`,
          span,
          help: `Name the rules to suppress: # natsconf-disable-${scope} <rule-id> -- reason`,
        }),
      );
      continue;
    }
    // The line the directive covers; 0 stands for the whole file.
    let line = source.positionAt(comment.start).line;
    if (scope === "next-line") line += 1;
    if (scope === "file") line = 0;
    directives.push({
      source,
      scope,
      line,
      ids,
      start: comment.start,
      end: comment.end,
      used: new Set(),
    });
  }
  return directives;
}

function covers(directive: Directive, diagnostic: Diagnostic): boolean {
  if (diagnostic.file !== directive.source.path) return false;
  if (!directive.ids.includes(diagnostic.code)) return false;
  return directive.scope === "file" || diagnostic.range.start.line === directive.line;
}

export interface SuppressionOptions {
  /** Every rule id natsconf knows. */
  ruleIds: readonly string[];
  /** Rules that are turned off; directives naming them are not reported as unused. */
  disabled: ReadonlySet<string>;
}

/**
 * Removes the rule findings that suppression comments cover, and adds a
 * warning for each directive that names an unknown rule or suppresses nothing.
 * Syntax and load problems cannot be suppressed.
 */
export function applySuppressions(
  diagnostics: readonly Diagnostic[],
  sources: Iterable<SourceFile>,
  options: SuppressionOptions,
): Diagnostic[] {
  const problems: Diagnostic[] = [];
  const directives: Directive[] = [];
  for (const source of sources) directives.push(...parseDirectives(source, problems));
  if (directives.length === 0) return [...diagnostics, ...problems];

  const known = new Set(options.ruleIds);
  const kept = diagnostics.filter((diagnostic) => {
    if (!known.has(diagnostic.code)) return true;
    const directive = directives.find((candidate) => covers(candidate, diagnostic));
    if (directive === undefined) return true;
    directive.used.add(diagnostic.code);
    return false;
  });

  for (const directive of directives) {
    const span = { source: directive.source, start: directive.start, end: directive.end };
    for (const id of directive.ids) {
      if (!known.has(id)) {
        const guess = suggest(id, options.ruleIds);
        problems.push(
          createDiagnostic({
            code: "suppression/unknown-rule",
            severity: "warning",
            message: `natsconf-disable-${directive.scope} names "${id}", which is not a natsconf rule.`,
            span,
            help:
              guess === undefined
                ? 'Run "natsconf rules" for the list of rule ids.'
                : `Did you mean "${guess}"?`,
          }),
        );
      } else if (!directive.used.has(id) && !options.disabled.has(id)) {
        const where = directive.scope === "file" ? "in this file" : `on line ${directive.line}`;
        problems.push(
          createDiagnostic({
            code: "suppression/unused",
            severity: "warning",
            message: `natsconf-disable-${directive.scope} ${id} suppresses nothing: ${id} reports no problem ${where}.`,
            span,
            help: `Remove "${id}" from the comment, or the whole comment if it names nothing else.`,
          }),
        );
      }
    }
  }
  return [...kept, ...problems];
}
