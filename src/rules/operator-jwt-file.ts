import { describePath, operatorFiles, readOperatorFile } from "../certs/block-files.js";
import { jwtProblem, undecoratedJwt } from "../model/jwt.js";
import type { Rule } from "./types.js";

export const rule: Rule = {
  meta: {
    id: "operator-jwt-file",
    severity: "error",
    description:
      "an operator JWT file that does not exist, cannot be read, or holds no valid operator JWT",
    server: "rejects",
    messages: {
      unreadable:
        "{label} names {file}, which {reason}; nats-server rejects the config when it reads the operator JWT.",
      invalid: "{label} names {file}, whose content {problem}; nats-server rejects the config.",
    },
  },
  check(context) {
    const found = operatorFiles(context);
    if (found === undefined) return;
    const { files, operators } = found;
    for (const operator of operators) {
      const data = { label: operator.label, file: describePath(operator) };
      const read = readOperatorFile(operator.path);
      if ("reason" in read) {
        const relative = operator.written !== operator.path;
        context.report({
          messageId: "unreadable",
          data: { ...data, reason: read.reason },
          span: operator.span,
          help: relative
            ? `Relative paths resolve against the folder nats-server starts in, here ${files.cwd}. Fix the path, or pass that folder to lint with --cwd.`
            : "Fix the path, or create the file with permissions that let nats-server read it.",
        });
        continue;
      }
      const problem = jwtProblem(undecoratedJwt(read.text), "operator");
      if (problem === undefined) continue;
      context.report({
        messageId: "invalid",
        data: { ...data, problem },
        span: operator.span,
        help: "Write the operator JWT into the file as nsc exports it (nsc describe operator --raw).",
      });
    }
  },
};
