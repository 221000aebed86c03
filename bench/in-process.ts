/**
 * `npm run bench -- --in-process`: the module system on bench/synthetic.ts's
 * module set, timed inside the process, for N = 1 000, 10 000 and 100 000.
 *
 * Each figure comes from fresh child processes, so that its peak memory
 * (max RSS) is its own, and is the median of three such processes (this
 * kind of machine is noisy): a full strict evaluation (config forced to
 * JSON), one option read lazily from a fresh evaluation, and the option doc
 * list. The module set is generated before the timed step (generation is not
 * measured), after one warm-up evaluation of 1 000 options; these are the
 * figures of a first evaluation, as a CLI run has it.
 *
 * "Warm" is the steady state of a long-running process: the median of five
 * more strict evaluations of fresh N-option sets in the same process.
 */
import { execFileSync } from "node:child_process";
import { evalModules, optionAttrSetToDocList } from "../lib/index.js";
import { syntheticModules } from "./synthetic.js";

const strictEval = (n: number) => {
  const modules = syntheticModules(n);
  return time(() => JSON.stringify(evalModules({ modules }).config));
};

const steps = {
  strict: strictEval,
  lazy: (n: number) => {
    const modules = syntheticModules(n);
    return time(() => evalModules({ modules }).config.m0.o0);
  },
  docList: (n: number) => {
    const options = evalModules({ modules: syntheticModules(n) }).options;
    return time(() => optionAttrSetToDocList(options).length);
  },
  warm: (n: number) => {
    strictEval(n);
    return median(Array.from({ length: 5 }, () => strictEval(n)));
  },
};
export type Step = keyof typeof steps;

function time(f: () => unknown): number {
  const t0 = performance.now();
  f();
  return performance.now() - t0;
}

function median(xs: number[]): number {
  return [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
}

/** In a child process: one step, after one warm-up evaluation; prints its time and the process's peak RSS. */
export function inProcessChild(step: Step, n: number): void {
  JSON.stringify(evalModules({ modules: syntheticModules(1_000) }).config);
  const ms = steps[step](n);
  process.stdout.write(JSON.stringify({ ms, peakMiB: process.resourceUsage().maxRSS / 1024 }));
}

/** Prints the table; `entry` is the script that runs `inProcessChild` when given `--child STEP N`. */
export function inProcessTable(entry: string, sizes: readonly number[]): void {
  const once = (step: Step, n: number) =>
    JSON.parse(execFileSync(process.execPath, [...process.execArgv, entry, "--child", step, String(n)], { encoding: "utf8" })) as {
      ms: number;
      peakMiB: number;
    };
  const run = (step: Step, n: number) => {
    const runs = [once(step, n), once(step, n), once(step, n)];
    return { ms: median(runs.map((r) => r.ms)), peakMiB: median(runs.map((r) => r.peakMiB)) };
  };
  console.log("| options | full strict eval | its peak RSS | one option, lazily | doc list | strict eval, warm |");
  console.log("|---:|---:|---:|---:|---:|---:|");
  for (const n of sizes) {
    const strict = run("strict", n);
    const cells = [`${strict.ms.toFixed(0)} ms`, `${strict.peakMiB.toFixed(0)} MiB`];
    for (const step of ["lazy", "docList", "warm"] as const) cells.push(`${run(step, n).ms.toFixed(0)} ms`);
    console.log(`| ${n} | ${cells.join(" | ")} |`);
  }
}
