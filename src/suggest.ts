/** "Did you mean …?": the names closest to a misspelt one. */

/** Edit distance with transpositions (optimal string alignment): `mme` is one edit from `mem`. */
function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

/**
 * Up to `limit` of `candidates` closest to `name`: among those within a
 * third of the name's length (at least 1 edit) or one of which starts with
 * the other (`memory` → `mem`), ignoring case, the ones at the smallest distance.
 */
export function closestNames(name: string, candidates: Iterable<string>, limit = 3): string[] {
  const lower = name.toLowerCase();
  const tolerance = Math.max(1, Math.floor(name.length / 3));
  const near = [...new Set(candidates)]
    .map((c, i) => ({ c, i, d: editDistance(lower, c.toLowerCase()) }))
    .filter(({ c, d }) => d <= tolerance || sharesPrefix(lower, c.toLowerCase()));
  const best = Math.min(...near.map(({ d }) => d));
  return near
    .filter(({ d }) => d === best)
    .sort((a, b) => a.i - b.i)
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
