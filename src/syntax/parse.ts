// Parses one config text into a syntax tree and syntax diagnostics.

import { tokenize } from "../../grammar/lexer.js";
import { parseTokens } from "../../grammar/parser.js";
import { createDiagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import type { SourceFile } from "../source.js";
import { treeBuilder } from "./build.js";
import { findSecretRanges, SECRET_HINT } from "./secrets.js";
import type { CommentNode, DocumentNode } from "./tree.js";

export interface ParsedDocument {
  document: DocumentNode;
  diagnostics: Diagnostic[];
}

export function parseSource(source: SourceFile): ParsedDocument {
  const lexed = tokenize(source.text);
  const parsed = parseTokens(lexed.tokens, treeBuilder);

  const diagnostics: Diagnostic[] = lexed.problems.map((problem) =>
    createDiagnostic({
      code: problem.code,
      severity: problem.severity,
      message: problem.message,
      span: { source, start: problem.start, end: problem.end },
      ...(problem.help === undefined ? {} : { help: problem.help }),
      ...(problem.rejectedSince === undefined ? {} : { rejectedSince: problem.rejectedSince }),
      ...(problem.related === undefined
        ? {}
        : {
            related: [
              {
                span: { source, start: problem.related.start, end: problem.related.end },
                message: problem.related.message,
              },
            ],
          }),
    }),
  );
  for (const error of parsed.errors) {
    // The lexer's token stream always fits the grammar; this is a natsconf bug.
    const start = Number.isNaN(error.token.startOffset)
      ? source.text.length
      : error.token.startOffset;
    diagnostics.push(
      createDiagnostic({
        code: "internal-error",
        severity: "error",
        message: `natsconf could not parse the tokens here (${error.message}). Please report this input.`,
        span: { source, start, end: start },
      }),
    );
  }

  const comments: CommentNode[] = lexed.comments.map((token) => ({
    start: token.startOffset,
    end: token.startOffset + token.image.length,
    text: token.image.startsWith("#") ? token.image.slice(1) : token.image.slice(2),
  }));
  const document: DocumentNode = {
    kind: "document",
    source,
    start: 0,
    end: source.text.length,
    statements: parsed.statements,
    comments,
  };
  source.secretRanges = findSecretRanges(document);
  source.comments = comments;
  for (const range of lexed.skipped) {
    // Skipped text was never read as keys and values; hide it when it looks like a secret.
    if (SECRET_HINT.test(source.text.slice(range.start, range.end)))
      source.secretRanges.push(range);
  }
  if (lexed.haltOffset >= 0 && lexed.haltOffset < source.text.length) {
    // natsconf did not read past this point, so the rest may hold secrets too.
    source.secretRanges.push({ start: lexed.haltOffset, end: source.text.length });
  }
  return { document, diagnostics };
}
