// SARIF 2.1.0, the format that GitHub code scanning and other result viewers
// import. The fields follow what GitHub reads: tool.driver with its rules,
// results with a rule id, level, message and a region.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

import type * as Sarif from "sarif";

import type { Diagnostic, Range, ServerReaction, Severity } from "../../diagnostics/diagnostic.js";
import { findRule } from "../../rules/index.js";
import { packageRoot } from "../package-root.js";
import { docsFor } from "./json.js";
import { artifactUri, directoryUri, SOURCE_ROOT_ID } from "./paths.js";
import type { LintReport } from "./types.js";

const SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";

const LEVELS: Record<Severity, Sarif.ReportingConfiguration.level> = {
  error: "error",
  warning: "warning",
  info: "note",
};

const SERVER_REACTIONS: Record<ServerReaction, string> = {
  rejects: "nats-server rejects the config and does not start.",
  "rejects-sometimes":
    "nats-server rejects the config on some starts and not on others, depending on Go's random map order.",
  warns: "nats-server -t fails, but the server starts.",
  "fails-at-startup": "nats-server -t passes, but the server refuses to start.",
  logs: "nats-server starts and logs a warning.",
  accepts: "nats-server accepts the config without a word.",
};

/** Reads files of the natsconf package, such as rule pages, once each. */
class PackageDocs {
  private readonly root = packageRoot();
  private readonly pages = new Map<string, string | undefined>();

  /** Returns the file URL of a page, or undefined when the package folder is not found. */
  uri(page: string): string | undefined {
    return this.root === undefined ? undefined : pathToFileURL(join(this.root, page)).href;
  }

  read(page: string): string | undefined {
    if (this.pages.has(page)) return this.pages.get(page);
    let text: string | undefined;
    try {
      text = this.root === undefined ? undefined : readFileSync(join(this.root, page), "utf8");
    } catch {
      text = undefined;
    }
    this.pages.set(page, text);
    return text;
  }
}

/** Returns the meaning of a non-rule code from the table in docs/diagnostics.md. */
function codeMeaning(code: string, docs: PackageDocs): string | undefined {
  const page = docs.read("docs/diagnostics.md");
  if (page === undefined) return undefined;
  for (const line of page.split("\n")) {
    if (!line.startsWith(`| \`${code}\` |`)) continue;
    const cells = line.split(" | ");
    return cells[cells.length - 1]?.replace(/\s*\|\s*$/, "");
  }
  return undefined;
}

/** Turns a rule's description, a lower-case phrase, into a sentence. */
function sentence(phrase: string): string {
  const text = phrase.charAt(0).toUpperCase() + phrase.slice(1);
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

function ruleDescriptor(diagnostic: Diagnostic, docs: PackageDocs): Sarif.ReportingDescriptor {
  const page = docsFor(diagnostic.code);
  const rule = findRule(diagnostic.code);
  let short: string;
  let full: string;
  let level: Sarif.ReportingConfiguration.level;
  if (rule !== undefined) {
    short = sentence(rule.meta.description);
    full = `${short} ${SERVER_REACTIONS[rule.meta.server]}`;
    level = LEVELS[rule.meta.severity];
  } else {
    short = codeMeaning(diagnostic.code, docs) ?? `A problem found while reading the file.`;
    full = `${short} See ${page} in the natsconf package.`;
    level = LEVELS[diagnostic.severity];
  }
  const descriptor: Sarif.ReportingDescriptor = {
    id: diagnostic.code,
    shortDescription: { text: short },
    fullDescription: { text: full },
    defaultConfiguration: { level },
  };
  // NOTE: natsconf has no published documentation site, so helpUri is the
  // page inside the installed package. help.markdown carries the page itself,
  // which is what GitHub shows with an alert.
  const uri = docs.uri(page);
  if (uri !== undefined) descriptor.helpUri = uri;
  const markdown = rule === undefined ? undefined : docs.read(page);
  if (markdown !== undefined) descriptor.help = { text: full, markdown };
  return descriptor;
}

function region(range: Range): Sarif.Region {
  return {
    startLine: range.start.line,
    startColumn: range.start.column,
    endLine: range.end.line,
    endColumn: range.end.column,
  };
}

function location(file: string, range: Range, cwd: string): Sarif.Location {
  return {
    physicalLocation: { artifactLocation: artifactUri(file, cwd), region: region(range) },
  };
}

function resultMessage(diagnostic: Diagnostic): string {
  return diagnostic.help === undefined
    ? diagnostic.message
    : `${diagnostic.message}\nHelp: ${diagnostic.help}`;
}

export function buildSarifLog(report: LintReport): Sarif.Log {
  const docs = new PackageDocs();
  const rules: Sarif.ReportingDescriptor[] = [];
  const ruleIndexes = new Map<string, number>();
  const results: Sarif.Result[] = [];
  for (const diagnostic of report.diagnostics) {
    let ruleIndex = ruleIndexes.get(diagnostic.code);
    if (ruleIndex === undefined) {
      ruleIndex = rules.length;
      ruleIndexes.set(diagnostic.code, ruleIndex);
      rules.push(ruleDescriptor(diagnostic, docs));
    }
    const result: Sarif.Result = {
      ruleId: diagnostic.code,
      ruleIndex,
      level: LEVELS[diagnostic.severity],
      message: { text: resultMessage(diagnostic) },
      locations: [location(diagnostic.file, diagnostic.range, report.cwd)],
    };
    if (diagnostic.related.length > 0) {
      result.relatedLocations = diagnostic.related.map((related, index) => ({
        id: index + 1,
        ...location(related.file, related.range, report.cwd),
        message: { text: related.message },
      }));
    }
    results.push(result);
  }

  const driver: Sarif.ToolComponent = {
    name: "natsconf",
    version: report.toolVersion,
    rules,
  };
  const informationUri = docs.uri("README.md");
  if (informationUri !== undefined) driver.informationUri = informationUri;
  return {
    $schema: SCHEMA_URI,
    version: "2.1.0",
    runs: [
      {
        tool: { driver },
        originalUriBaseIds: { [SOURCE_ROOT_ID]: { uri: directoryUri(report.cwd) } },
        artifacts: report.files.map((file) => ({ location: artifactUri(file, report.cwd) })),
        // natsconf counts columns in UTF-16 code units, as JavaScript strings do.
        columnKind: "utf16CodeUnits",
        results,
      },
    ],
  };
}

export function formatSarif(report: LintReport): string {
  return `${JSON.stringify(buildSarifLog(report), null, 2)}\n`;
}
