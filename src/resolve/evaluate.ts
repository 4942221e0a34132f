// Turns syntax trees into the value tree nats-server builds (conf/parse.go,
// v2.9.10 to v2.14): includes are parsed as separate documents and merged, and
// variables are looked up in the enclosing maps and then in the environment.

import { realpathSync } from "node:fs";

import { createDiagnostic, type Diagnostic, type RelatedSpan } from "../diagnostics/diagnostic.js";
import type { ReadResult } from "../read.js";
import { SourceFile, type Span } from "../source.js";
import { parseSource } from "../syntax/parse.js";
import { isSecretKey, secretRange } from "../syntax/secrets.js";
import type {
  DocumentNode,
  IncludeNode,
  Statement,
  ValueNode,
  VariableNode,
} from "../syntax/tree.js";
import { isAbsoluteIncludePath, joinIncludePath } from "./paths.js";
import { createMap, Entry, setEntry, type MapValue, type Origin, type Value } from "./values.js";

/** Values of environment variables by exact name. */
export type Environment = Readonly<Record<string, string | undefined>>;

export interface EvaluationContext {
  env: Environment;
  readFile: (path: string) => ReadResult;
  diagnostics: Diagnostic[];
  /** Every file read, by path. */
  sources: Map<string, SourceFile>;
}

/**
 * Deepest chain of included files, and of environment variables that refer to
 * each other. nats-server has no limit; natsconf stops well before the stack
 * runs out (chains of about 1,500 files overflowed it on Node 20).
 */
export const MAX_INCLUDE_DEPTH = 64;
export const MAX_ENVIRONMENT_DEPTH = 64;

/** Names of a variable that the server never looks up: raw bcrypt hashes. */
const BCRYPT_PREFIX = "2a$";

interface IncludeFrame {
  realPath: string;
  directive: Span | null;
}

export class Evaluator {
  /** Maps that are open at the current point, outermost first. */
  private readonly scopes: MapValue[] = [];

  constructor(
    private readonly context: EvaluationContext,
    private readonly document: DocumentNode,
    /** Environment variables being expanded, outermost first, to detect cycles. */
    private readonly envChain: string[],
    /** The chain of files that included this one, outermost first. */
    private readonly includeChain: IncludeFrame[],
  ) {}

  evaluate(): MapValue {
    const root = createMap(this.document.source, 0, this.document.end);
    this.scopes.push(root);
    this.statements(this.document.statements, root);
    this.scopes.pop();
    return root;
  }

  private span(start: number, end: number): Span {
    return { source: this.document.source, start, end };
  }

  private report(
    code: string,
    message: string,
    span: Span,
    help?: string,
    related?: RelatedSpan[],
  ): void {
    this.context.diagnostics.push(
      createDiagnostic({
        code,
        severity: "error",
        message,
        span,
        ...(help === undefined ? {} : { help }),
        ...(related === undefined ? {} : { related }),
      }),
    );
  }

  private statements(statements: Statement[], target: MapValue): void {
    for (const statement of statements) {
      if (statement.kind === "include") {
        this.include(statement, target);
        continue;
      }
      if (statement.value === null) continue;
      const value = this.value(statement.value, isSecretKey(statement.key.text));
      if (value === null) continue;
      const key = statement.key;
      setEntry(target, new Entry(key.text, this.document.source, key.start, key.end, value));
    }
  }

  /**
   * Returns the value of a node, or null when a reported problem leaves it
   * without one. `secret` is true under keys such as password.
   */
  private value(node: ValueNode, secret = false): Value | null {
    const source = this.document.source;
    const { start, end } = node;
    switch (node.kind) {
      case "string": {
        const { value, style, lossy } = node;
        return { type: "string", value, style, lossy, source, start, end };
      }
      case "integer":
        return node.value === null
          ? null
          : { type: "int64", value: node.value, source, start, end };
      case "float":
        return node.value === null
          ? null
          : { type: "float64", value: node.value, source, start, end };
      case "bool":
        return { type: "bool", value: node.value, source, start, end };
      case "datetime":
        return node.valid ? { type: "time", value: node.literal, source, start, end } : null;
      case "variable":
        return this.variable(node, this.span(start, end), secret);
      case "array": {
        const items: Value[] = [];
        for (const item of node.items) {
          const value = this.value(item, secret);
          if (value !== null) items.push(value);
        }
        return { type: "array", items, source, start, end };
      }
      case "map": {
        const map = createMap(source, start, end);
        this.scopes.push(map);
        this.statements(node.statements, map);
        this.scopes.pop();
        return map;
      }
    }
  }

  // ---------------------------------------------------------------------------
  // Variables

  private variable(node: VariableNode, reference: Origin, secret: boolean): Value | null {
    if (node.name.startsWith(BCRYPT_PREFIX)) {
      return {
        type: "string",
        value: `$${node.name}`,
        style: "bare",
        lossy: false,
        ...reference,
      };
    }
    for (let i = this.scopes.length - 1; i >= 0; i--) {
      const entry = this.scopes[i]!.entries.get(node.name);
      if (entry !== undefined) {
        entry.usedAsVariable = true;
        // A password given through a variable makes the variable's value secret.
        if (secret) markSecret(entry.value);
        return { ...entry.value, via: reference };
      }
    }
    return this.environmentVariable(node, reference);
  }

  private environmentVariable(node: VariableNode, reference: Origin): Value | null {
    const name = node.name;
    if (this.envChain.includes(name)) {
      const cycle = [...this.envChain.slice(this.envChain.indexOf(name)), name];
      this.report(
        "variable/cycle",
        `Environment variables refer to each other in a cycle: ${cycle.map((item) => `$${item}`).join(" -> ")}.`,
        reference,
        "Break the cycle: an environment value may use other environment variables, but not in a loop.",
      );
      return null;
    }
    const text = this.context.env[name];
    if (text === undefined) {
      this.reportMissingVariable(node, reference);
      return null;
    }
    if (this.envChain.length >= MAX_ENVIRONMENT_DEPTH) {
      this.report(
        "variable/too-deep",
        `Environment variables refer to each other more than ${MAX_ENVIRONMENT_DEPTH} levels deep; natsconf stops here.`,
        reference,
        "Shorten the chain of environment variables.",
      );
      return null;
    }

    // The server parses the value as the line `pk=<value>` and takes `pk`.
    const source = new SourceFile(`<environment variable ${name}>`, `pk=${text}`);
    const parsed = parseSource(source);
    const innerDiagnostics = parsed.diagnostics.filter((d) => d.severity === "error");
    const innerContext: EvaluationContext = { ...this.context, diagnostics: innerDiagnostics };
    const chain = [...this.envChain, name];
    const root = new Evaluator(innerContext, parsed.document, chain, []).evaluate();

    const problem = innerDiagnostics.find((d) => d.severity === "error");
    if (problem !== undefined) {
      this.reportEnvironmentProblem(name, problem, reference);
      return null;
    }
    const entry = root.entries.get("pk");
    if (entry === undefined) return null;
    return markEnvironment(entry.value, reference);
  }

  /** Reports a problem inside an environment value at the `$NAME` that expanded it. */
  private reportEnvironmentProblem(name: string, problem: Diagnostic, reference: Origin): void {
    // Variable problems name variables only, so they pass through. Syntax
    // messages may quote the value, which can be a secret, so only their code does.
    if (problem.code.startsWith("variable/")) {
      const message =
        problem.code === "variable/cycle"
          ? problem.message
          : `In environment variable ${name}: ${problem.message}`;
      this.report(problem.code, message, reference, problem.help);
      return;
    }
    this.report(
      "variable/invalid-environment",
      `Environment variable ${name} does not hold a valid config value (${problem.code}).`,
      reference,
      `Fix the value of the environment variable. Quote it inside the variable if it contains spaces: ${name}='"a b"'.`,
    );
  }

  private reportMissingVariable(node: VariableNode, reference: Origin): void {
    const name = node.name;
    if (name === "") {
      this.report(
        "variable/not-found",
        "A lone $ is a variable reference without a name.",
        reference,
        "Quote the value if the $ is literal.",
      );
      return;
    }
    if (this.envChain.length > 0) {
      this.report(
        "variable/not-found",
        `$${name} is not an environment variable. Environment values can use other environment variables, but not config keys.`,
        reference,
        `Set ${name} in the environment, or write the value into the environment variable itself.`,
      );
      return;
    }
    const looksLikeHash = /^2[abxy]\$\d\d\$/.test(name);
    const help = looksLikeHash
      ? "Quote the bcrypt hash. Only $2a$ hashes may stay unquoted."
      : `Define ${name} earlier in this map or an enclosing one, set the environment variable, or quote the value if the $ is literal.`;
    const inInclude =
      this.includeChain.length > 1
        ? " Included files cannot see variables of the file that includes them."
        : "";
    const what = looksLikeHash
      ? "This bcrypt hash is read as a variable reference: it"
      : `Variable $${name}`;
    this.report(
      "variable/not-found",
      `${what} is not defined before this point and is not in the environment.${inInclude}`,
      reference,
      help,
    );
  }

  // ---------------------------------------------------------------------------
  // Includes

  private include(node: IncludeNode, target: MapValue): void {
    const directive = this.span(node.start, node.end);
    const pathSpan = this.span(node.pathStart, Math.max(node.pathEnd, node.pathStart));
    const path = joinIncludePath(this.document.source.path, node.path);
    if (isAbsoluteIncludePath(node.path)) {
      this.context.diagnostics.push(
        createDiagnostic({
          code: "include/absolute-path",
          severity: "warning",
          message: `nats-server joins the absolute include path ${node.path} onto the directory of this file, so it reads ${path}.`,
          help: "Write the path relative to this file's directory.",
          span: pathSpan,
        }),
      );
    }

    const read = this.context.readFile(path);
    if (!read.ok) {
      const reason =
        read.failure === "not-found"
          ? `Included file ${path} does not exist.`
          : `Cannot include ${path}: ${read.message}.`;
      const help =
        read.failure === "not-found"
          ? "Include paths are relative to the directory of the file that contains the include."
          : "Make the file readable by the user that runs natsconf and nats-server.";
      this.report("include/unreadable", reason, pathSpan, help, this.includeChainSpans());
      return;
    }
    const realPath = safeRealPath(path);
    const cycleStart = this.includeChain.findIndex((frame) => frame.realPath === realPath);
    if (cycleStart >= 0) {
      const related = this.includeChain
        .slice(cycleStart + 1)
        .filter((frame) => frame.directive !== null)
        .map((frame) => ({ span: frame.directive!, message: "which includes the next file here" }));
      this.report(
        "include/cycle",
        `Include cycle: ${path} is already being read (${[...this.includeChain.slice(cycleStart).map((f) => f.realPath), realPath].join(" -> ")}). nats-server would recurse until it crashes.`,
        directive,
        "Remove one of the includes in the cycle.",
        related,
      );
      return;
    }

    if (this.includeChain.length > MAX_INCLUDE_DEPTH) {
      this.report(
        "include/too-deep",
        `Includes nest more than ${MAX_INCLUDE_DEPTH} files deep; natsconf stops here.`,
        directive,
        "Include the files from fewer levels.",
      );
      return;
    }
    this.context.sources.set(path, read.source);
    for (const diagnostic of read.diagnostics) this.context.diagnostics.push(diagnostic);
    const parsed = parseSource(read.source);
    for (const diagnostic of parsed.diagnostics) this.context.diagnostics.push(diagnostic);
    const chain = [...this.includeChain, { realPath, directive }];
    const included = new Evaluator(this.context, parsed.document, [], chain).evaluate();
    for (const entry of included.entries.values()) {
      const copy = new Entry(entry.key, entry.source, entry.keyStart, entry.keyEnd, entry.value);
      const merged = setEntry(target, copy);
      merged.includedBy = directive;
      // The server merges the same token, so a use as a variable inside the
      // included file still counts.
      merged.usedAsVariable = entry.usedAsVariable;
    }
  }

  private includeChainSpans(): RelatedSpan[] {
    return this.includeChain
      .filter((frame) => frame.directive !== null)
      .map((frame) => ({ span: frame.directive!, message: "included from here" }));
  }
}

function markSecret(value: Value): void {
  if (value.type === "map" || value.type === "array") return;
  value.source.secretRanges.push(secretRange(value.source.text, value.start, value.end));
}

function markEnvironment(value: Value, reference: Origin): Value {
  if (value.type === "string") return { ...value, style: "environment", via: reference };
  return { ...value, via: reference };
}

function safeRealPath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

export function rootFrame(path: string): IncludeFrame {
  return { realPath: safeRealPath(path), directive: null };
}
