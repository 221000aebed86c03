/**
 * vitest's global setup: builds `dist/` from the current sources as
 * `npm run build` does (tsc, then `scripts/build-lib.mjs` and
 * `scripts/build-cli.mjs`), so that the
 * tests that run `microvm` run what users run, never a stale build: the
 * bundled CLI imports the module system from `dist/lib`.
 */
import { execFileSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

export default function buildCli(): void {
  const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
  execFileSync(process.execPath, [path.join(repoRoot, "node_modules/typescript/bin/tsc"), "-p", path.join(repoRoot, "tsconfig.json")], { stdio: "inherit" });
  execFileSync(process.execPath, [path.join(repoRoot, "scripts/build-lib.mjs")], { stdio: "inherit" });
  execFileSync(process.execPath, [path.join(repoRoot, "scripts/build-cli.mjs")], { stdio: "inherit" });
}
