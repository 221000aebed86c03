/**
 * The runner of an evaluated configuration, as nixos-modules/microvm/default.nix
 * builds `config.microvm.runner.<hypervisor>`: lib/runner.nix (src/runners)
 * given `config.microvm // { hostName; hypervisor; }`.
 */
import type { Configuration } from "../lib/index.js";
import { asPackage, type PackageLikeObject } from "../pkgs/package.js";
import type { PackageSet } from "../pkgs/package-set.js";
import { buildRunner, type Runner } from "./runners/runner.js";
import type { MicrovmConfig } from "./runners/types.js";

/**
 * `config.microvm` plus `hostName` and `hypervisor`, read lazily: an option
 * without a value (`storeDisk` when `storeOnDisk` is false) fails only if a
 * backend reads it, as in Nix.
 */
function microvmConfigOf(configuration: Configuration, hypervisor: string): MicrovmConfig {
  const { config } = configuration;
  const microvm = config.microvm as object;
  const extra: Record<string, () => unknown> = {
    hostName: () => config.networking.hostName,
    hypervisor: () => hypervisor,
    // a kernel given as a plain `{ outPath, name, version }` is a one-output package to the runners
    kernel: () => {
      const kernel = (microvm as { kernel: unknown }).kernel;
      return kernel !== null && typeof kernel === "object" ? asPackage(kernel as PackageLikeObject) : kernel;
    },
  };
  return new Proxy(microvm, {
    get: (target, k) => (typeof k === "string" && Object.hasOwn(extra, k) ? extra[k]() : Reflect.get(target, k)),
    has: (target, k) => (typeof k === "string" && Object.hasOwn(extra, k)) || Reflect.has(target, k),
  }) as MicrovmConfig;
}

/** Builds the runner of `hypervisor` (default: `microvm.hypervisor`). Throws RunnerBuildError. */
export function runnerOf(configuration: Configuration, pkgs: PackageSet, hypervisor?: string): Runner {
  const { config } = configuration;
  const microvmConfig = microvmConfigOf(configuration, hypervisor ?? (config.microvm.hypervisor as string));
  return buildRunner({
    microvmConfig,
    pkgs,
    vmHostPackages: config.microvm.vmHostPackages as PackageSet,
    toplevel: config.system.build.toplevel as string,
  });
}
