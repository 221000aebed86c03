/**
 * Startup time of the CLI: the wall time of
 * `microvm evaluate examples/basic.ts --show-option microvm.mem`, run as the
 * package's `bin` (dist/src/cli.js, the bundle `npm run build` makes), median
 * of 10 runs after one warm-up run (target: under 150 ms).
 *
 *     npm run build && node dist/bench/startup.js
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
// run from dist/bench/ (built) or bench/ (tsx): the repository root is the first folder holding dist/src/cli.js
const repoRoot = [path.resolve(here, "../.."), path.resolve(here, "..")].find((d) => existsSync(path.join(d, "dist/src/cli.js")));
const runs = 10;
const targetMs = 150;

function runOnce(root: string): number {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ["dist/src/cli.js", "evaluate", "examples/basic.ts", "--show-option", "microvm.mem"], {
    cwd: root,
    encoding: "utf8",
  });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`microvm evaluate failed (exit ${r.status}):\n${r.stderr}`);
  return ms;
}

if (repoRoot === undefined) {
  console.error("bench/startup: dist/src/cli.js not found; run `npm run build` first");
  process.exitCode = 1;
} else {
  runOnce(repoRoot); // warm the file system cache
  const times = Array.from({ length: runs }, () => runOnce(repoRoot)).sort((a, b) => a - b);
  const median = (times[runs / 2 - 1] + times[runs / 2]) / 2;
  console.log(
    `microvm evaluate examples/basic.ts --show-option microvm.mem: median ${median.toFixed(0)} ms over ${runs} runs ` +
      `(min ${times[0].toFixed(0)}, max ${times[runs - 1].toFixed(0)}; target < ${targetMs} ms)`,
  );
  if (median >= targetMs) process.exitCode = 1;
}
