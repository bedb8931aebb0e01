// "Did you mean …?" for a name that is close to a known one: a typo is a config error that
// says what was meant, not only what was wrong.

/** Optimal-string-alignment Damerau-Levenshtein distance: insertions, deletions, substitutions, swaps. */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[] = new Array(rows * cols).fill(0);
  for (let i = 0; i < rows; i++) d[i * cols] = i;
  for (let j = 0; j < cols; j++) d[j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(
        d[(i - 1) * cols + j]! + 1,
        d[i * cols + j - 1]! + 1,
        d[(i - 1) * cols + j - 1]! + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, d[(i - 2) * cols + j - 2]! + 1);
      d[i * cols + j] = best;
    }
  }
  return d[rows * cols - 1]!;
}

/** How many edits still read as a typo of a name this long: none for very short names. */
function tolerance(length: number): number {
  if (length <= 2) return 0;
  if (length <= 5) return 1;
  if (length <= 10) return 2;
  return 3;
}

/** The known name closest to `given`, when it is close enough to be a typo of it. */
export function closest(given: string, known: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  const lower = given.toLowerCase();
  for (const candidate of known) {
    if (candidate === given) continue;
    // The distance is at least the difference in length, and no tolerance exceeds 3: a name far
    // longer or shorter is no typo, and a huge unknown key costs nothing to refuse.
    if (Math.abs(candidate.length - given.length) > 3) continue;
    // Case alone is one edit, whatever the length: `Content-type` for `content-type`.
    const distance = candidate.toLowerCase() === lower ? 0.5 : editDistance(lower, candidate.toLowerCase());
    if (distance < bestDistance && distance <= tolerance(Math.max(given.length, candidate.length))) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** ` — did you mean "expect"?`, or nothing when no known name is close. */
export function didYouMean(given: string, known: Iterable<string>): string {
  const match = closest(given, known);
  return match === undefined ? "" : ` — did you mean ${JSON.stringify(match)}?`;
}
