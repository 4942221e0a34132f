// Helpers shared by the fmt tests.

import { SourceFile } from "../../src/source.js";
import { parseSource } from "../../src/syntax/parse.js";

/** Returns the comments of a config text in order, with the marker and without trailing blanks. */
export function commentTexts(text: string): string[] {
  const { document } = parseSource(new SourceFile("<text>", text));
  return document.comments.map((comment) =>
    text.slice(comment.start, comment.end).replace(/[ \t]+$/, ""),
  );
}
