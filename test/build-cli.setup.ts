/**
 * vitest's global setup: bundles the CLI from the current sources
 * (`scripts/build-cli.mjs`, as `npm run build` does), so that the tests
 * that run `microvm` run what users run, never a stale build.
 */
import { execFileSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

export default function buildCli(): void {
  const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
  execFileSync(process.execPath, [path.join(repoRoot, "scripts/build-cli.mjs")], { stdio: "inherit" });
}
