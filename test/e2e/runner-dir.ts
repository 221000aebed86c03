/**
 * The project's real path from a config module to a runnable folder:
 * evalModules (NixOS base + microvm modules, the host package set as `pkgs`)
 * → the runner of `microvm.hypervisor` (lib/runner.nix's port) → writeRunner.
 */
import { evalModules, type Module } from "../../lib/index.js";
import { microvmModules } from "../../modules/microvm/index.js";
import { nixosBaseModules } from "../../modules/nixos/index.js";
import { hostPackageSet } from "../../src/pkgs/host.js";
import { buildRunner, writeRunner } from "../../src/runners/runner.js";
import type { MicrovmConfig } from "../../src/runners/types.js";

/** Evaluates `vm` and writes its runner to `outDir`; returns `outDir`. */
export function buildRunnerDir(vm: Module, outDir: string): string {
  const pkgs = hostPackageSet();
  const { config } = evalModules({
    modules: [...nixosBaseModules, ...microvmModules, vm],
    specialArgs: { pkgs },
  });
  const microvmConfig: MicrovmConfig = {
    ...(config.microvm as MicrovmConfig),
    hostName: config.networking.hostName as string,
    hypervisor: config.microvm.hypervisor as string,
  };
  const runner = buildRunner({ microvmConfig, pkgs, toplevel: config.system.build.toplevel as string });
  writeRunner(runner, outDir);
  return outDir;
}
