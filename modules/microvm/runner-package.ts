/**
 * `config.microvm.runner.<hypervisor>` as the guest modules see it: the
 * runner derivation lib/runner.nix makes (`microvm-<hypervisor>-<hostName>`),
 * known by its store path and its `passthru` (the facts modules/microvm/passthru.ts
 * holds for both). Its content (the bin/ scripts) is built from
 * `config.microvm` by src/runners, outside the module evaluation.
 */
import { warnIf } from "../../lib/index.js";
import type { PackageSet } from "../../pkgs/package-set.js";
import { type BackendPassthru, backendPassthru, type PassthruInputs, qemuMemoryWarning } from "./passthru.js";
import { type DerivationWithPassthru, derivationWithPassthru } from "./derivation.js";
import type { Hypervisor } from "./hypervisors.js";

/** lib/runner.nix's `passthru`, read from lib/runners/<hypervisor>.nix (modules/microvm/passthru.ts). */
export interface RunnerPassthru extends BackendPassthru {
  readonly hypervisor: Hypervisor;
}

export type RunnerPackage = DerivationWithPassthru<RunnerPassthru>;

/**
 * The runner of `hypervisor` for a guest named `hostName`, named by the
 * build package set as runner.nix's `vmHostPackages.buildPackages.runCommand`
 * names it. `microvm` is read only when a passthru field is.
 */
export function runnerPackage(
  buildPackages: PackageSet,
  hostName: string,
  hypervisor: Hypervisor,
  microvm: () => PassthruInputs & { mem: number },
): RunnerPackage {
  // evaluated once, like the backend's attribute set in Nix; qemu's warning comes with any of its fields
  let evaluated: BackendPassthru | undefined;
  const fields = () => {
    if (evaluated !== undefined) return evaluated;
    const c = microvm();
    if (hypervisor === "qemu") warnIf(c.mem === 2048, qemuMemoryWarning);
    return (evaluated = backendPassthru(hypervisor, c, (message) => new Error(message)));
  };
  return derivationWithPassthru<RunnerPassthru>(buildPackages, `microvm-${hypervisor}-${hostName}`, {
    get canShutdown() {
      return fields().canShutdown;
    },
    get supportsNotifySocket() {
      return fields().supportsNotifySocket;
    },
    get tapMultiQueue() {
      return fields().tapMultiQueue;
    },
    hypervisor,
  });
}
