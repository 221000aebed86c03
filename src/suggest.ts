/** "Did you mean …?": the names closest to a misspelt one. */

/** Levenshtein distance (insertions, deletions, substitutions). */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}

/**
 * Up to `limit` of `candidates` closest to `name`, nearest first: those
 * within a third of the name's length (at least 2 edits), or one of which
 * starts with the other (`memory` → `mem`), ignoring case.
 */
export function closestNames(name: string, candidates: Iterable<string>, limit = 3): string[] {
  const lower = name.toLowerCase();
  const tolerance = Math.max(2, Math.floor(name.length / 3));
  return [...new Set(candidates)]
    .map((c, i) => ({ c, i, d: editDistance(lower, c.toLowerCase()) }))
    .filter(({ c, d }) => d <= tolerance || sharesPrefix(lower, c.toLowerCase()))
    .sort((a, b) => a.d - b.d || a.i - b.i)
    .slice(0, limit)
    .map(({ c }) => c);
}

const sharesPrefix = (a: string, b: string): boolean =>
  Math.min(a.length, b.length) >= 3 && (a.startsWith(b) || b.startsWith(a));

/** `` `a' `` / `` `a' or `b' `` / `` `a', `b' or `c' `` */
export function showChoices(names: readonly string[]): string {
  const quoted = names.map((n) => `\`${n}'`);
  return quoted.length <= 1 ? quoted.join("") : `${quoted.slice(0, -1).join(", ")} or ${quoted[quoted.length - 1]}`;
}
