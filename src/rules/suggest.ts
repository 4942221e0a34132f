// Did-you-mean suggestions for misspelled keys.

/** Longest key that gets a did-you-mean suggestion. */
const MAX_SUGGESTION_LENGTH = 64;

/** Optimal string alignment distance: edits, with adjacent swaps counted once. */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const columns = b.length + 1;
  const table: number[][] = Array.from({ length: rows }, (_, i) => {
    const row = new Array<number>(columns).fill(0);
    row[0] = i;
    return row;
  });
  for (let j = 0; j < columns; j++) table[0]![j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < columns; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(
        table[i - 1]![j]! + 1,
        table[i]![j - 1]! + 1,
        table[i - 1]![j - 1]! + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, table[i - 2]![j - 2]! + 1);
      }
      table[i]![j] = best;
    }
  }
  return table[a.length]![b.length]!;
}

function words(name: string): string[] {
  return name.split(/[_\-.]+/).filter((word) => word !== "");
}

/** True when every word of `written` matches a word of `candidate` up to one edit. */
function wordsContained(written: string, candidate: string): boolean {
  const candidateWords = words(candidate);
  const writtenWords = words(written);
  if (writtenWords.length === 0) return false;
  return writtenWords.every((word) =>
    candidateWords.some(
      (other) => other === word || (word.length > 3 && editDistance(word, other) <= 1),
    ),
  );
}

/**
 * Returns the candidate closest to `written`, or undefined when none is close.
 * Close means a few edits apart (scaled with the length), or sharing all the
 * words of the shorter name (`cert` and `cert_file`, `verify_map` and
 * `verify_and_map`).
 */
export function suggest(written: string, candidates: readonly string[]): string | undefined {
  // Option names are short; a long key is no misspelling, and comparing it would be slow.
  if (written.length > MAX_SUGGESTION_LENGTH) return undefined;
  const lower = written.toLowerCase();
  const limit = Math.max(1, Math.floor(lower.length / 3));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    // The distance is at least the difference in length.
    if (Math.abs(candidate.length - lower.length) > limit) continue;
    const distance = editDistance(lower, candidate.toLowerCase());
    if (
      distance < bestDistance ||
      (distance === bestDistance && best !== undefined && candidate.length < best.length)
    ) {
      best = candidate;
      bestDistance = distance;
    }
  }
  if (best !== undefined && bestDistance <= limit) return best;

  const byWords = candidates
    .filter((candidate) => wordsContained(lower, candidate) || wordsContained(candidate, lower))
    .sort((a, b) => a.length - b.length);
  return byWords[0];
}
