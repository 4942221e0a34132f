// The shape of a lint rule: metadata and a check function that reports
// findings through its context.

import type { RelatedSpan, ServerReaction, Severity } from "../diagnostics/diagnostic.js";

export type { ServerReaction };
import type { FileChecks } from "../certs/types.js";
import type { BlockInstance } from "../model/walk.js";
import type { Listener, User } from "../model/users.js";
import type { TlsBlock } from "../model/tls.js";
import type { LoadedConfig } from "../resolve/load.js";
import type { Span } from "../source.js";
import type { ServerVersion } from "../target/version.js";

export interface RuleMeta {
  /** Kebab-case id; also the file name of the rule and of its docs page. */
  id: string;
  severity: Severity;
  /** One line: what the rule detects. */
  description: string;
  /** What the target server does with its findings; a finding may say otherwise. */
  server: ServerReaction;
  /**
   * Message templates by id. `{name}` stands for `data.name` of the finding.
   * A finding gives either `messageId` (and `data`) or a `message`.
   */
  messages?: Readonly<Record<string, string>>;
}

export interface Finding {
  /** What the server does with this finding, when it differs from the rule's `server`. */
  server?: ServerReaction;
  message?: string;
  messageId?: string;
  data?: Readonly<Record<string, string | number | bigint>>;
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
  /** The server version the config is for. */
  readonly target: ServerVersion;
  /** Set when the rules may read the files that tls blocks name (--check-files). */
  readonly files: FileChecks | undefined;
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

/** Returns the text of a finding: its message, or its template filled in. */
export function findingMessage(meta: RuleMeta, finding: Finding): string {
  if (finding.message !== undefined) return finding.message;
  const template = finding.messageId === undefined ? undefined : meta.messages?.[finding.messageId];
  if (template === undefined)
    throw new Error(`BUG: rule ${meta.id} has no message ${String(finding.messageId)}`);
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = finding.data?.[name];
    if (value === undefined) throw new Error(`BUG: rule ${meta.id} gave no ${name} for ${whole}`);
    return String(value);
  });
}
