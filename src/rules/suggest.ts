// Did-you-mean suggestions for misspelled keys.

/** Maximum length of a key that gets a did-you-mean suggestion. */
const MAX_SUGGESTION_LENGTH = 64;

/**
 * Returns the optimal string alignment distance (edits, with adjacent swaps
 * counted once), or `limit + 1` as soon as the distance must exceed `limit`.
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let beforePrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMinimum = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, beforePrevious[j - 2]! + 1);
      }
      current[j] = best;
      rowMinimum = Math.min(rowMinimum, best);
    }
    if (rowMinimum > limit) return limit + 1;
    beforePrevious = previous;
    previous = current;
  }
  return previous[b.length]!;
}

function words(name: string): string[] {
  return name.split(/[_\-.]+/).filter((word) => word !== "");
}

interface Candidate {
  name: string;
  lower: string;
  words: string[];
}

/** Candidates prepared once per list; the schema returns the same list for a block. */
const prepared = new WeakMap<readonly string[], Candidate[]>();

function prepare(candidates: readonly string[]): Candidate[] {
  let list = prepared.get(candidates);
  if (list === undefined) {
    list = candidates.map((name) => ({
      name,
      lower: name.toLowerCase(),
      words: words(name.toLowerCase()),
    }));
    prepared.set(candidates, list);
  }
  return list;
}

/**
 * True when every word of `inner` matches a word of `outer`: exactly, or with
 * `fuzzy` up to one edit for words longer than three letters.
 */
function wordsContained(inner: string[], outer: string[], fuzzy = true): boolean {
  if (inner.length === 0) return false;
  return inner.every((word) =>
    outer.some(
      (other) => other === word || (fuzzy && word.length > 3 && editDistance(word, other, 1) <= 1),
    ),
  );
}

/** Returns the shortest candidate that passes `test`. */
function shortest(list: Candidate[], test: (candidate: Candidate) => boolean): string | undefined {
  let best: Candidate | undefined;
  for (const candidate of list) {
    if (test(candidate) && (best === undefined || candidate.name.length < best.name.length))
      best = candidate;
  }
  return best?.name;
}

/**
 * Returns the candidate closest to `written`, or undefined when none is close.
 * The first match wins. First comes the shortest candidate that has every word
 * of `written` (`cert` and `cert_file`, `verify_map` and `verify_and_map`),
 * exactly and then up to one edit per word. Next comes the candidate fewest edits
 * away, with a limit that grows with the length. Last comes the shortest
 * candidate whose words all appear in `written` (`tls_timeout` and `timeout`).
 */
export function suggest(written: string, candidates: readonly string[]): string | undefined {
  // Option names are short; a long key is no misspelling, and comparing it would be slow.
  if (written.length > MAX_SUGGESTION_LENGTH) return undefined;
  const lower = written.toLowerCase();
  const list = prepare(candidates);
  const writtenWords = words(lower);

  const containing =
    shortest(list, (candidate) => wordsContained(writtenWords, candidate.words, false)) ??
    shortest(list, (candidate) => wordsContained(writtenWords, candidate.words));
  if (containing !== undefined) return containing;

  const limit = Math.max(1, Math.floor(lower.length / 3));
  let best: Candidate | undefined;
  let bestDistance = limit + 1;
  for (const candidate of list) {
    const distance = editDistance(lower, candidate.lower, bestDistance);
    const shorter = best !== undefined && candidate.name.length < best.name.length;
    if (distance < bestDistance || (distance === bestDistance && distance <= limit && shorter)) {
      best = candidate;
      bestDistance = distance;
    }
  }
  if (best !== undefined) return best.name;

  return shortest(list, (candidate) => wordsContained(candidate.words, writtenWords));
}
