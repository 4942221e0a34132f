// The shape of a lint rule: metadata and a check function that reports
// findings through its context.

import type { RelatedSpan, Severity } from "../diagnostics/diagnostic.js";
import type { BlockInstance } from "../model/walk.js";
import type { Listener, User } from "../model/users.js";
import type { TlsBlock } from "../model/tls.js";
import type { LoadedConfig } from "../resolve/load.js";
import type { Span } from "../source.js";

export interface RuleMeta {
  /** Kebab-case id; also the file name of the rule and of its docs page. */
  id: string;
  severity: Severity;
  /** One line: what the rule detects. */
  description: string;
}

export interface Finding {
  message: string;
  span: Span;
  related?: RelatedSpan[];
  help?: string;
}

export interface RuleContext {
  readonly config: LoadedConfig;
  /** Maps whose schema block is known, parents first. */
  readonly blocks: readonly BlockInstance[];
  readonly tlsBlocks: readonly TlsBlock[];
  readonly listeners: readonly Listener[];
  readonly users: readonly User[];
  report(finding: Finding): void;
}

export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext): void;
}

/** Returns the path of a rule's documentation page, relative to the package root. */
export function docsPath(id: string): string {
  return `docs/rules/${id}.md`;
}
