/**
 * The search relevance list (relevance.json): queries people type and the option they want.
 * Success@k is the share of queries whose option is among the first k results; an entry
 * marked `first` (exact names) must be the first result.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export interface RelevanceCase {
  query: string;
  expected: string;
  first?: boolean;
}

export interface RelevanceResult {
  successAt1: number;
  successAt3: number;
  /** Cases that miss their promise (top 3, or first for `first` cases), with the results seen. */
  misses: string[];
}

const here = path.dirname(fileURLToPath(import.meta.url));

export function loadRelevanceList(): RelevanceCase[] {
  return JSON.parse(readFileSync(path.join(here, "relevance.json"), "utf8")) as RelevanceCase[];
}

/** Scores ranked result lists (`ranked[i]` for `cases[i]`). */
export function scoreRelevance(cases: RelevanceCase[], ranked: string[][]): RelevanceResult {
  let at1 = 0;
  let at3 = 0;
  const misses: string[] = [];
  cases.forEach((relevance, i) => {
    const position = ranked[i]!.indexOf(relevance.expected);
    if (position === 0) at1++;
    if (position >= 0 && position < 3) at3++;
    if (position < 0 || position >= (relevance.first === true ? 1 : 3)) {
      misses.push(`${JSON.stringify(relevance.query)} → ${relevance.expected} at ${position < 0 ? "none" : position + 1}; got ${ranked[i]!.slice(0, 3).join(", ")}`);
    }
  });
  return { successAt1: at1 / cases.length, successAt3: at3 / cases.length, misses };
}

export function describeRelevance(where: string, cases: RelevanceCase[], result: RelevanceResult): string {
  return `docs-gen search relevance (${where}, ${cases.length} queries): Success@1 ${(result.successAt1 * 100).toFixed(1)}%, Success@3 ${(result.successAt3 * 100).toFixed(1)}%`;
}
