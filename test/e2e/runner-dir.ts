/**
 * The project's real path from a config module to a runnable folder, as
 * `microvm run` takes it: evaluation on the NixOS base + microvm modules with
 * this host's package set, NixOS' assertion check, the runner of
 * `microvm.hypervisor` (lib/runner.nix's port), its store files and writeRunner.
 */
import { join } from "node:path";
import type { Module } from "../../lib/index.js";
import { failedAssertions, showFailedAssertions } from "../../src/checks.js";
import { evaluateModules } from "../../src/evaluate.js";
import { hostPackageSet } from "../../pkgs/host.js";
import { runnerOf } from "../../src/runner-of-config.js";
import { writeRunner } from "../../src/runners/runner.js";
import { placeStoreFiles, writePlacedFiles } from "../../src/runners/store.js";

/** The runner folder written, and the warnings evaluation and runner gave. */
export interface BuiltRunner {
  dir: string;
  warnings: string[];
}

/**
 * Evaluates `vm` and writes its runner to `<workDir>/runner` (writer-made
 * files go to `<workDir>/store`, not the user's store folder).
 */
export function buildRunnerDir(vm: Module, workDir: string): BuiltRunner {
  const pkgs = hostPackageSet({ storeDir: join(workDir, "store") });
  const configuration = evaluateModules([vm], pkgs);
  const failed = failedAssertions(configuration);
  if (failed.length > 0) throw new Error(showFailedAssertions(failed));
  const runner = runnerOf(configuration, pkgs);
  const dir = join(workDir, "runner");
  // as `microvm runner --out` writes it: the store files placed by content, then the runner
  const placed = placeStoreFiles(runner, pkgs.storeDir, `${pkgs.get("bash").outPath}/bin/bash`);
  writePlacedFiles(placed.files);
  writeRunner(placed.runner, dir);
  return { dir, warnings: [...(configuration.config.warnings as string[]), ...runner.warnings] };
}
