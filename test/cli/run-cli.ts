/**
 * Runs the `microvm` CLI as a user runs it: the package's `bin`, the bundle
 * `npm run build` makes (test/build-cli.setup.ts makes it from the sources
 * before the tests run).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const goldenDir = process.env.MICROVM_GOLDEN_DIR ?? path.resolve(repoRoot, "../shared/golden/microvm");
export const stubsFile = path.join(goldenDir, "stubs.json");

/** The file the package's `bin` names. */
const cliEntry = path.join(repoRoot, (JSON.parse(readFileSync(path.join(repoRoot, "package.json"), "utf8")) as { bin: { microvm: string } }).bin.microvm);

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** The CLI's cache and state folders (compiled configs, the store) are the tests' own. */
const home = mkdtempSync(path.join(tmpdir(), "microvm-cli-"));

/** `microvm …args` in the repository root. */
export function runCli(args: readonly string[], env: NodeJS.ProcessEnv = {}): CliResult {
  const result = spawnSync(process.execPath, [cliEntry, ...args], {
    cwd: repoRoot,
    encoding: "utf8",
    env: { ...process.env, XDG_CACHE_HOME: path.join(home, "cache"), XDG_STATE_HOME: path.join(home, "state"), ...env },
    timeout: 60_000,
  });
  if (result.error !== undefined) throw result.error;
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}
