import { describePath, filesOfBlocks, type NamedFile } from "../certs/block-files.js";
import type { FileChecks, UnreadableFile } from "../certs/types.js";
import { entrySpan } from "./spans.js";
import type { Rule, RuleContext } from "./types.js";

function report(context: RuleContext, files: FileChecks, file: NamedFile, read: UnreadableFile) {
  const relative = file.written !== file.path;
  context.report({
    messageId: "unreadable",
    data: { label: file.label, file: describePath(file), reason: read.reason },
    span: entrySpan(file.entry),
    help: relative
      ? `Relative paths resolve against the folder nats-server starts in, here ${files.cwd}. Fix the path, or pass that folder to lint with --cwd.`
      : "Fix the path, or create the file with permissions that let nats-server read it.",
  });
}

export const rule: Rule = {
  meta: {
    id: "tls-file-missing",
    severity: "error",
    description: "a certificate, key or CA file that does not exist or cannot be read",
    server: "rejects",
    messages: {
      unreadable:
        "{label} names {file}, which {reason}; nats-server rejects the config when it loads the tls block.",
    },
  },
  check(context) {
    const found = filesOfBlocks(context);
    if (found === undefined) return;
    const { files, blocks } = found;
    for (const { pairs, ca } of blocks) {
      for (const { cert, key } of pairs) {
        const certRead = files.reader.readCertificates(cert.path);
        if (certRead.status === "unreadable") report(context, files, cert, certRead);
        const keyRead = files.reader.readPrivateKey(key.path);
        if (keyRead.status === "unreadable") report(context, files, key, keyRead);
      }
      if (ca === undefined) continue;
      const caRead = files.reader.readCaFile(ca.path);
      if (caRead.status === "unreadable") report(context, files, ca, caRead);
    }
  },
};
