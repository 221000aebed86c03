/**
 * Measures a command as a whole process: wall time, CPU time (user + system)
 * and peak RSS, through bench/measure-process.py (Python's `os.wait4` gives
 * one child's resource usage; Node's child_process does not).
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";

export interface ProcessFigures {
  wallMs: number;
  cpuMs: number;
  peakMiB: number;
}

export interface ProcessRun extends ProcessFigures {
  /** What the process printed on stdout. */
  stdout: string;
}

/** Runs `argv` (with `env` added to this process's environment); its stdout is kept in `stdoutFile`. */
export function measureProcess(benchDir: string, argv: readonly string[], env: NodeJS.ProcessEnv, stdoutFile: string): ProcessRun {
  const r = spawnSync("python3", [path.join(benchDir, "measure-process.py"), stdoutFile, ...argv], {
    encoding: "utf8",
    env: { ...process.env, ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.error !== undefined) throw new Error(`cannot run python3 (needed to measure a process): ${r.error.message}`);
  let figures: ProcessFigures & { status: number };
  try {
    figures = JSON.parse(r.stdout) as ProcessFigures & { status: number };
  } catch {
    throw new Error(`measure-process.py failed (exit ${r.status}):\n${r.stderr}`);
  }
  if (figures.status !== 0) throw new Error(`\`${argv.join(" ")}\` failed (exit ${figures.status}):\n${r.stderr.slice(-4000)}`);
  const { wallMs, cpuMs, peakMiB } = figures;
  return { wallMs, cpuMs, peakMiB, stdout: readFileSync(stdoutFile, "utf8") };
}

/** The median of each figure over several runs. */
export function medianFigures(runs: readonly ProcessFigures[]): ProcessFigures {
  const median = (xs: number[]) => {
    const s = [...xs].sort((a, b) => a - b);
    const m = Math.floor(s.length / 2);
    return s.length % 2 === 1 ? s[m] : (s[m - 1] + s[m]) / 2;
  };
  return {
    wallMs: median(runs.map((r) => r.wallMs)),
    cpuMs: median(runs.map((r) => r.cpuMs)),
    peakMiB: median(runs.map((r) => r.peakMiB)),
  };
}
