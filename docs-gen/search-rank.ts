/**
 * The ranked option search of the HTML reference. The ranking is kept as plain ES2017
 * source ({@link searchRankSource}) because the page inlines it verbatim; Node (the unit
 * and relevance tests) runs the very same text through {@link rankOptions}.
 *
 * Order (best first): the exact option path; a path the query is a prefix of; the last
 * path component; a module's `enable` option; other name matches; description matches.
 * A query word that occurs in no option is taken as mistyped: with one typo (an edit or a swap
 * of neighbours, words of 4+ letters) it matches a name part (`vpcu` → `microvm.vcpu`), ranked
 * below exact hits of the same tier.
 */

/** One searchable option: its name (path) and its description as plain text. */
export interface SearchEntry {
  name: string;
  description: string;
}

/** One result: the entry's index, its score (lower is better) and the name ranges to highlight. */
export interface SearchHit {
  index: number;
  score: number;
  /** `[start, end)` character ranges of `name` that matched, sorted, not overlapping. */
  ranges: Array<[number, number]>;
}

/** A prepared index: lower-cased names, last components and descriptions (name parts for typos are made when first needed). */
export interface SearchIndex {
  entries: SearchEntry[];
}

/**
 * `prepareSearch(entries)` builds the index once; `rankSearch(index, query)` returns the
 * hits in rank order (ties keep the entries' order). Both are plain functions so the page
 * can inline them.
 */
export const searchRankSource = String.raw`
function prepareSearch(entries) {
  var prepared = [];
  for (var i = 0; i < entries.length; i++) {
    var lower = entries[i].name.toLowerCase();
    var components = lower.split(".");
    prepared.push({
      original: entries[i].name,
      name: lower,
      last: components[components.length - 1],
      parent: components.length > 1 ? components[components.length - 2] : "",
      enable: components.length > 1 && components[components.length - 1] === "enable",
      parts: null, // see namePartsOf
      description: (entries[i].description || "").toLowerCase()
    });
  }
  return { entries: prepared };
}

// the name parts that a mistyped word may match: path components and their camelCase/kebab
// pieces, with offsets; made on the first search with a typo, not on load (a page of
// 20 000 options would spend tens of milliseconds on them before it can be used)
function namePartsOf(e) {
  if (e.parts !== null) return e.parts;
  var parts = [];
  var re = /[A-Z]?[a-z0-9]+|[A-Z]+(?![a-z])/g;
  var m;
  while ((m = re.exec(e.original)) !== null) parts.push({ text: m[0].toLowerCase(), start: m.index });
  var components = e.name.split(".");
  var offset = 0;
  for (var c = 0; c < components.length; c++) {
    parts.push({ text: components[c], start: offset });
    offset += components[c].length + 1;
  }
  e.parts = parts;
  return parts;
}

// Damerau-Levenshtein (optimal string alignment) distance, true when at most 1
function withinOneEdit(a, b) {
  var la = a.length, lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  var i = 0;
  while (i < la && i < lb && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (i === la && i === lb) return true;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true; // substitution
    return a.charCodeAt(i) === b.charCodeAt(i + 1) && a.charCodeAt(i + 1) === b.charCodeAt(i) && a.slice(i + 2) === b.slice(i + 2); // swap
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1); // deletion / insertion
}

// scores one entry, or returns null when a word matches neither its name nor its description;
// words in "typos" may also match a name part with one edit
function scoreEntry(e, i, words, typos, found) {
  var terms = [];
  var ranges = [];
  var fuzzy = 0;
  var inName = true;
  for (var w = 0; w < words.length; w++) {
    var word = words[w];
    var at = e.name.indexOf(word);
    if (at !== -1) {
      found[w] = true;
      terms.push(word);
      ranges.push([at, at + word.length]);
      continue;
    }
    if (e.description.indexOf(word) !== -1) {
      found[w] = true;
      inName = false;
      terms.push(word);
      continue;
    }
    var part = null;
    if (typos[w]) {
      var parts = namePartsOf(e);
      for (var p = 0; p < parts.length && part === null; p++) {
        if (withinOneEdit(word, parts[p].text)) part = parts[p];
      }
    }
    if (part === null) return null;
    fuzzy++;
    terms.push(part.text);
    ranges.push([part.start, part.start + part.text.length]);
  }
  var tier;
  var corrected = terms.join(" ");
  if (!inName) tier = 5;
  else if (e.name === corrected) tier = 0;
  else if (terms.length === 1 && e.name.indexOf(corrected) === 0) {
    // a prefix ending at a path component boundary (a.mem → a.mem.size) before a.memory
    var next = e.name.charAt(corrected.length);
    tier = next === "." || corrected.charAt(corrected.length - 1) === "." ? 1 : 1.5;
  }
  else if (terms.length === 1 && e.last === corrected) tier = 2;
  else if (terms.length === 1 && e.last.indexOf(corrected) === 0) tier = 2.5;
  else if (e.enable && terms.every(function (t) { return e.parent.indexOf(t) !== -1; })) tier = 3;
  else tier = 4;
  // within a tier: exact before typo-corrected, then shorter names (closer matches) first
  var score = tier * 1e6 + fuzzy * 1e5 + e.name.length;
  ranges.sort(function (a, b) { return a[0] - b[0]; });
  var merged = [];
  for (var r = 0; r < ranges.length; r++) {
    var last = merged[merged.length - 1];
    if (last && ranges[r][0] <= last[1]) last[1] = Math.max(last[1], ranges[r][1]);
    else merged.push([ranges[r][0], ranges[r][1]]);
  }
  return { index: i, score: score, ranges: merged };
}

function rankSearch(index, query) {
  var words = query.toLowerCase().split(/\s+/).filter(function (w) { return w !== ""; });
  if (words.length === 0) return [];
  var typos = words.map(function () { return false; });
  var found = words.map(function () { return false; });
  var hits = [];
  for (var i = 0; i < index.entries.length; i++) {
    var hit = scoreEntry(index.entries[i], i, words, typos, found);
    if (hit !== null) hits.push(hit);
  }
  // a word found nowhere is taken as mistyped (4+ letters): search again, letting it match
  // a name part one edit away; a word that occurs somewhere is never "corrected"
  var retry = false;
  for (var w = 0; w < words.length; w++) {
    typos[w] = !found[w] && words[w].length >= 4;
    retry = retry || typos[w];
  }
  if (retry) {
    hits = [];
    for (var j = 0; j < index.entries.length; j++) {
      var again = scoreEntry(index.entries[j], j, words, typos, found);
      if (again !== null) hits.push(again);
    }
  }
  hits.sort(function (a, b) { return a.score - b.score || a.index - b.index; });
  return hits;
}
`;

interface SearchFunctions {
  prepareSearch(entries: SearchEntry[]): SearchIndex;
  rankSearch(index: SearchIndex, query: string): SearchHit[];
}

// eslint-disable-next-line @typescript-eslint/no-implied-eval -- the page's own source, run in Node for its tests
const compiled = new Function(`${searchRankSource}\nreturn { prepareSearch: prepareSearch, rankSearch: rankSearch };`)() as SearchFunctions;

/** Builds the search index of `entries` (what the page does once on load). */
export const prepareSearch: (entries: SearchEntry[]) => SearchIndex = compiled.prepareSearch;

/** The hits for `query`, best first (what the page shows for a keystroke). */
export const rankSearch: (index: SearchIndex, query: string) => SearchHit[] = compiled.rankSearch;

/** Ranks `entries` for `query` and returns the names in rank order. */
export function rankOptions(entries: SearchEntry[], query: string): string[] {
  return rankSearch(prepareSearch(entries), query).map((hit) => entries[hit.index]!.name);
}
