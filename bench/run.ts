/**
 * `npm run bench`: the module system on the synthetic module set, for
 * N = 1 000, 10 000 and 100 000 options. Each N runs in a child process so
 * that its peak memory (max RSS) is its own.
 *
 * Figures: full strict evaluation (config forced to JSON), one option read
 * lazily from a fresh evaluation, and the option doc list. The module set is
 * generated before each timed step (generation is not measured), after one
 * warm-up evaluation of 1 000 options.
 */
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { evalModules, optionAttrSetToDocList } from "../lib/index.js";
import { syntheticModules } from "./synthetic.js";

interface Figures {
  n: number;
  strictMs: number;
  lazyMs: number;
  docListMs: number;
  docEntries: number;
  peakMiB: number;
}

function time<T>(f: () => T): [T, number] {
  const t0 = performance.now();
  const v = f();
  return [v, performance.now() - t0];
}

function measure(n: number): Figures {
  // warm the JIT on a small set first, as a long-running program would be
  JSON.stringify(evalModules({ modules: syntheticModules(1_000) }).config);
  const forStrict = syntheticModules(n);
  const [, strictMs] = time(() => JSON.stringify(evalModules({ modules: forStrict }).config));
  const forLazy = syntheticModules(n);
  const [, lazyMs] = time(() => evalModules({ modules: forLazy }).config.m0.o0);
  const r = evalModules({ modules: syntheticModules(n) });
  const [docs, docListMs] = time(() => optionAttrSetToDocList(r.options));
  return { n, strictMs, lazyMs, docListMs, docEntries: docs.length, peakMiB: process.resourceUsage().maxRSS / 1024 };
}

const self = fileURLToPath(import.meta.url);
if (process.argv[2] === "--child") {
  process.stdout.write(JSON.stringify(measure(Number(process.argv[3]))));
} else {
  const sizes = process.argv.slice(2).map(Number);
  const rows: Figures[] = [];
  for (const n of sizes.length > 0 ? sizes : [1_000, 10_000, 100_000]) {
    const out = execFileSync(process.execPath, [...process.execArgv, self, "--child", String(n)], { encoding: "utf8" });
    rows.push(JSON.parse(out) as Figures);
  }
  console.log("| options | full strict eval | one option, lazily | doc list (entries) | peak RSS |");
  console.log("|---:|---:|---:|---:|---:|");
  for (const r of rows) {
    console.log(
      `| ${r.n} | ${r.strictMs.toFixed(0)} ms | ${r.lazyMs.toFixed(0)} ms | ${r.docListMs.toFixed(0)} ms (${r.docEntries}) | ${r.peakMiB.toFixed(0)} MiB |`,
    );
  }
}
