/**
 * `npm run bench`: the module system against the real Nix on the same
 * generated module set (bench/versus-nix.ts), whole processes interleaved,
 * at N = 1 000, 10 000 and 100 000 options. Nix runs beside it when
 * nix-instantiate and `$NIXPKGS_LIB` are there; else only the project runs.
 *
 *     npm run bench                       # 1 000, 10 000, 100 000; config, one, docs; 3 runs each
 *     npm run bench -- --quick            # 1 000 and 10 000 only
 *     npm run bench -- --sizes 10000 --modes config,one --runs 5
 *     npm run bench -- --no-nix           # the project alone
 *     npm run bench -- --baseline ../old  # beside another checkout's build (its dist/lib), e.g. the previous commit's
 *     npm run bench -- --in-process       # bench/in-process.ts: timed inside the process, warm figures too
 *
 * Needs python3 (the generators, and measuring a child's peak RSS) and a
 * build (`npm run build`: the project side imports dist/lib/index.js).
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { inProcessChild, inProcessTable, type Step } from "./in-process.js";
import { findNix, modes, versusNix } from "./versus-nix.js";

const self = fileURLToPath(import.meta.url);
// run from dist/bench/ (built): the repository root is two folders up
const repoRoot = path.resolve(path.dirname(self), "../..");

function fail(message: string): never {
  console.error(`bench: ${message}`);
  process.exit(2);
}

function parseList<T>(text: string, parse: (item: string) => T | undefined, what: string): T[] {
  return text.split(",").map((item) => parse(item.trim().replace(/_/g, "")) ?? fail(`${what}: "${item}" is not one`));
}

if (process.argv[2] === "--child") {
  inProcessChild(process.argv[3] as Step, Number(process.argv[4]));
} else {
  const { values } = parseArgs({
    options: {
      quick: { type: "boolean", default: false },
      sizes: { type: "string" },
      modes: { type: "string" },
      runs: { type: "string" },
      "no-nix": { type: "boolean", default: false },
      baseline: { type: "string" },
      "in-process": { type: "boolean", default: false },
    },
  });
  const size = (s: string) => (/^[1-9][0-9]*$/.test(s) ? Number(s) : undefined);
  const sizes = values.sizes !== undefined ? parseList(values.sizes, size, "--sizes") : values.quick ? [1_000, 10_000] : [1_000, 10_000, 100_000];
  if (values["in-process"]) {
    inProcessTable(self, sizes);
  } else {
    const generators = path.resolve(process.env.NIXMOD_BENCH_GENERATORS ?? path.join(repoRoot, "../shared/bench"));
    if (!existsSync(path.join(generators, "gen-synthetic-js.py"))) {
      fail(`the generators are not in ${generators} (set $NIXMOD_BENCH_GENERATORS to the folder of gen-synthetic-js.py)`);
    }
    if (!existsSync(path.join(repoRoot, "dist/lib/index.js"))) fail("dist/lib/index.js is missing: run `npm run build` first");
    const runs = values.runs !== undefined ? (size(values.runs) ?? fail(`--runs: "${values.runs}" is not a count`)) : 3;
    const chosen = values.modes !== undefined ? parseList(values.modes, (m) => modes.find((x) => x === m), "--modes") : [...modes];
    const nix = values["no-nix"] ? { missing: "--no-nix" } : findNix();
    if ("missing" in nix) console.error(`bench: the project alone (Nix does not run: ${nix.missing})`);
    console.error(`bench: node ${process.version}, ${runs} run${runs === 1 ? "" : "s"} of each`);
    const baselineLib = values.baseline === undefined ? undefined : path.resolve(values.baseline, "dist/lib/index.js");
    if (baselineLib !== undefined && !existsSync(baselineLib)) fail(`--baseline: ${baselineLib} is missing (build that checkout first)`);
    const rows = versusNix({
      repoRoot,
      generators,
      sizes,
      modes: chosen,
      runs,
      ...("nixpkgsLib" in nix ? { nixpkgsLib: nix.nixpkgsLib } : {}),
      ...(baselineLib === undefined ? {} : { baselineLib }),
    });
    if (rows.some((r) => r.same === false)) {
      console.error("bench: the contenders printed different output (see the table)");
      process.exitCode = 1;
    }
  }
}
