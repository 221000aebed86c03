/**
 * The module system against the real Nix on the same module set: the shared
 * generators (`../shared/bench`: gen-synthetic.py writes it in Nix,
 * gen-synthetic-js.py in JavaScript) write N options, and each contender
 * runs as a whole process, the contenders interleaved run by run, for
 *   - config: the whole config, strictly, as JSON;
 *   - one: one option (`a0.b0.o90`) read from a fresh evaluation;
 *   - docs: the option doc list (`optionAttrSetToDocList`) as JSON.
 * Each figure is the median over the runs; the ratios are Nix ÷ project.
 * Both must print the same JSON for config and one, and the same doc list
 * but for `declarations` (the generated .mjs modules do not name their files).
 * A baseline (another build of the project, e.g. the previous commit's) may
 * run beside them, interleaved too, and must print exactly what the project does.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { isDeepStrictEqual } from "node:util";
import { measureProcess, medianFigures, type ProcessFigures, type ProcessRun } from "./whole-process.js";

export const modes = ["config", "one", "docs"] as const;
export type Mode = (typeof modes)[number];

/** The option `one` reads, in both generated sets. */
const oneOption = "a0.b0.o90";

export type ContenderName = "project" | "baseline" | "Nix";

interface Contender {
  readonly name: ContenderName;
  argv(mode: Mode): string[];
  readonly env: NodeJS.ProcessEnv;
}

export interface VersusNixSettings {
  repoRoot: string;
  /** The folder of gen-synthetic.py and gen-synthetic-js.py. */
  generators: string;
  sizes: readonly number[];
  modes: readonly Mode[];
  runs: number;
  /** nixpkgs' lib folder, when Nix runs too. */
  nixpkgsLib?: string;
  /** Another build's `dist/lib/index.js`, run beside the project (`--baseline`). */
  baselineLib?: string;
}

/** `$NIXPKGS_LIB`, when it and nix-instantiate are there; else why Nix does not run. */
export function findNix(env: NodeJS.ProcessEnv = process.env): { nixpkgsLib: string } | { missing: string } {
  if (spawnSync("nix-instantiate", ["--version"]).status !== 0) return { missing: "nix-instantiate is not on the PATH" };
  const lib = env.NIXPKGS_LIB;
  if (lib === undefined || lib === "") return { missing: "$NIXPKGS_LIB is not set" };
  if (!path.isAbsolute(lib) || !existsSync(path.join(lib, "default.nix"))) return { missing: `$NIXPKGS_LIB (${lib}) is not an absolute path to a nixpkgs lib/ folder` };
  return { nixpkgsLib: lib };
}

function generate(generators: string, script: string, n: number, dir: string): void {
  const r = spawnSync("python3", [path.join(generators, script), String(n), dir], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`${script} ${n} failed (exit ${r.status}): ${r.error?.message ?? r.stderr}`);
}

function contenders(settings: VersusNixSettings, dir: string): Contender[] {
  const projectOf = (name: ContenderName, lib: string): Contender => ({
    name,
    argv: (mode) => [process.execPath, path.join(dir, "js/main.mjs"), mode],
    env: { PROJECT_LIB: lib },
  });
  const all = [projectOf("project", path.join(settings.repoRoot, "dist/lib/index.js"))];
  if (settings.baselineLib !== undefined) all.push(projectOf("baseline", settings.baselineLib));
  if (settings.nixpkgsLib === undefined) return all;
  const main = path.join(dir, "nix/main.nix");
  all.push({
    name: "Nix",
    argv: (mode) =>
      mode === "one"
        ? ["nix-instantiate", "--eval", "--json", "-E", `(import ${main} {}).config.${oneOption}`]
        : ["nix-instantiate", "--eval", "--strict", "--json", main, "-A", mode],
    env: { NIXPKGS_LIB: settings.nixpkgsLib },
  });
  return all;
}

/** Whether two outputs say the same; Nix's docs are compared without `declarations`. */
function sameOutput(mode: Mode, project: string, other: string, otherIsNix: boolean): boolean {
  if (mode !== "docs" || !otherIsNix) return project.trimEnd() === other.trimEnd();
  const withoutDeclarations = (text: string) =>
    (JSON.parse(text) as Record<string, unknown>[]).map(({ declarations: _, ...entry }) => entry);
  return isDeepStrictEqual(withoutDeclarations(project), withoutDeclarations(other));
}

const ms = (x: number) => (x < 1000 ? `${x.toFixed(0)} ms` : `${(x / 1000).toFixed(2)} s`);
const mib = (x: number) => (x < 1024 ? `${x.toFixed(0)} MiB` : `${(x / 1024).toFixed(2)} GiB`);
const times = (nix: number, project: number) => `${(nix / project).toFixed(1)}×`;
const thousands = (n: number) => n.toLocaleString("en-US").replace(/,/g, " ");

export interface Row {
  n: number;
  mode: Mode;
  /** The figures of each contender, the project first. */
  figures: Map<ContenderName, ProcessFigures>;
  /** Whether every other contender printed what the project did (when there is another). */
  same?: boolean;
}

/**
 * The table's columns: for wall time, CPU time and peak RSS, the project's
 * figure, then each other contender's and its ratio to the project's.
 */
function header(names: readonly ContenderName[]): string {
  const others = names.slice(1);
  const cells = (metric: string) => [`project ${metric}`, ...others.flatMap((o) => [`${o} ${metric}`, `${o} ÷ project`])];
  const all = ["options", "run", ...cells("wall"), ...cells("CPU"), ...cells("peak RSS"), ...(others.length > 0 ? ["same output"] : [])];
  const align = all.map((c) => (c === "run" || c === "same output" ? "---" : "---:"));
  return `| ${all.join(" | ")} |\n|${align.join("|")}|`;
}

function tableRow(row: Row): string {
  const [project, ...others] = [...row.figures.values()];
  const cells = (f: (x: ProcessFigures) => number, show: (x: number) => string) => [
    show(f(project)),
    ...others.flatMap((o) => [show(f(o)), times(f(o), f(project))]),
  ];
  const same = row.same === undefined ? [] : [row.same ? "yes" : "**NO**"];
  return `| ${[thousands(row.n), row.mode, ...cells((x) => x.wallMs, ms), ...cells((x) => x.cpuMs, ms), ...cells((x) => x.peakMiB, mib), ...same].join(" | ")} |`;
}

/** Runs the comparison, printing a Markdown table row by row; returns the rows. */
export function versusNix(settings: VersusNixSettings): Row[] {
  const rows: Row[] = [];
  let warm = false;
  let printedHeader = false;
  for (const n of settings.sizes) {
    const dir = mkdtempSync(path.join(tmpdir(), `nixmod-bench-${n}-`));
    try {
      generate(settings.generators, "gen-synthetic-js.py", n, path.join(dir, "js"));
      if (settings.nixpkgsLib !== undefined) generate(settings.generators, "gen-synthetic.py", n, path.join(dir, "nix"));
      const all = contenders(settings, dir);
      if (!printedHeader) console.log(header(all.map((c) => c.name)));
      printedHeader = true;
      const run = (c: Contender, mode: Mode): ProcessRun =>
        measureProcess(path.join(settings.repoRoot, "bench"), c.argv(mode), c.env, path.join(dir, `${c.name}.out`));
      for (const mode of settings.modes) {
        // one untimed run of each first: the programs and nixpkgs' lib into the file cache
        if (!warm) for (const c of all) run(c, mode);
        warm = true;
        const figures = new Map<Contender, ProcessFigures[]>(all.map((c) => [c, []]));
        const outputs = new Map<Contender, string>();
        for (let r = 0; r < settings.runs; r++) {
          // interleaved, and the contenders' order is reversed in every other run
          for (const c of r % 2 === 0 ? all : [...all].reverse()) {
            const { stdout, ...f } = run(c, mode);
            figures.get(c)?.push(f);
            if (!outputs.has(c)) outputs.set(c, stdout);
          }
        }
        const row: Row = { n, mode, figures: new Map(all.map((c) => [c.name, medianFigures(figures.get(c) ?? [])])) };
        const [project, ...others] = all;
        if (others.length > 0) {
          row.same = others.every((o) => sameOutput(mode, outputs.get(project) ?? "", outputs.get(o) ?? "", o.name === "Nix"));
        }
        console.log(tableRow(row));
        rows.push(row);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return rows;
}
