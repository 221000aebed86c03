/** Runs the `microvm` CLI from its TypeScript sources (node with tsx), as a user would run it. */
import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const goldenDir = process.env.MICROVM_GOLDEN_DIR ?? path.resolve(repoRoot, "../shared/golden/microvm");
export const stubsFile = path.join(goldenDir, "stubs.json");

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** The CLI's cache and state folders (compiled configs, the store) are the tests' own. */
const home = mkdtempSync(path.join(tmpdir(), "microvm-cli-"));

/** `microvm …args` in the repository root. */
export function runCli(args: readonly string[], env: NodeJS.ProcessEnv = {}): CliResult {
  const result = spawnSync(process.execPath, ["--import", "tsx", path.join(repoRoot, "src/cli.ts"), ...args], {
    cwd: repoRoot,
    encoding: "utf8",
    env: { ...process.env, XDG_CACHE_HOME: path.join(home, "cache"), XDG_STATE_HOME: path.join(home, "state"), ...env },
    timeout: 60_000,
  });
  if (result.error !== undefined) throw result.error;
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}
