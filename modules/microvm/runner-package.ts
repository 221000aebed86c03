/**
 * `config.microvm.runner.<hypervisor>` as the guest modules see it: the
 * runner derivation lib/runner.nix makes (`microvm-<hypervisor>-<hostName>`),
 * known by its store path and its `passthru`. Its content (the bin/
 * scripts) is built from `config.microvm` by src/runners, outside the
 * module evaluation.
 */
import { warnIf } from "../../lib/index.js";
import type { PackageSet } from "../../src/pkgs/package-set.js";
import { type DerivationWithPassthru, derivationWithPassthru } from "./derivation.js";
import type { Hypervisor } from "./hypervisors.js";

/** lib/runner.nix's `passthru`, read from lib/runners/<hypervisor>.nix. */
export interface RunnerPassthru {
  readonly canShutdown: boolean;
  readonly supportsNotifySocket: boolean;
  readonly tapMultiQueue: boolean;
  readonly hypervisor: Hypervisor;
}

export type RunnerPackage = DerivationWithPassthru<RunnerPassthru>;

/** The parts of `config.microvm` the passthru fields depend on. */
interface PassthruInputs {
  socket: string | null;
  vcpu: number;
  mem: number;
  vsock: { cid: number | null };
  "cloud-hypervisor": { extraArgs: string[] };
}

/** lib/default.nix's `extractOptValues flag args`: the values given after every `flag`. */
function optValues(flag: string, args: readonly string[]): string[] {
  const values: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === flag && i + 1 < args.length) values.push(args[++i]);
  }
  return values;
}

/** lib/default.nix's `extractParamValue param opts` (`k=v,k=v`; the last match, as Nix's greedy regex finds). */
function paramValue(param: string, opts: string | null): string | null {
  if (opts === null || opts === "") return null;
  const m = new RegExp(`^.*${param}=([^,]+).*$`, "s").exec(opts);
  return m === null ? null : m[1];
}

/** cloud-hypervisor.nix's `vsockCID`: `microvm.vsock.cid`, or a `cid=` given with `--vsock` in extraArgs. */
function cloudHypervisorVsockCid(c: PassthruInputs): string | number | null {
  const userVsock = optValues("--vsock", c["cloud-hypervisor"].extraArgs);
  const userCid = paramValue("cid", userVsock.length === 0 ? null : userVsock[0]);
  if (c.vsock.cid !== null && userCid !== null) {
    throw new Error(
      `Cannot set \`microvm.vsock.cid\` and --vsock 'cid=${userCid}...' via \`microvm.cloud-hypervisor.extraArgs\` at the same time`,
    );
  }
  return c.vsock.cid ?? userCid;
}

/**
 * Each backend's `canShutdown`, `tapMultiQueue` and `supportsNotifySocket`
 * (absent ones are false, as runner.nix reads them), with the warnings a
 * backend gives as a whole, i.e. as soon as any of its fields is read.
 */
const backendPassthru: Record<Hypervisor, (c: PassthruInputs) => Omit<RunnerPassthru, "hypervisor">> = {
  qemu: (c) => {
    warnIf(c.mem === 2048, "QEMU hangs if memory is exactly 2GB\n\n<https://github.com/microvm-nix/microvm.nix/issues/171>\n");
    return { canShutdown: c.socket !== null, tapMultiQueue: c.vcpu > 1, supportsNotifySocket: false };
  },
  "cloud-hypervisor": (c) => ({
    canShutdown: c.socket !== null,
    tapMultiQueue: c.vcpu > 1,
    // may throw (a cid given twice), so only when read
    get supportsNotifySocket() {
      return cloudHypervisorVsockCid(c) !== null;
    },
  }),
  firecracker: (c) => ({ canShutdown: c.socket !== null, tapMultiQueue: false, supportsNotifySocket: false }),
  crosvm: (c) => ({ canShutdown: c.socket !== null, tapMultiQueue: false, supportsNotifySocket: false }),
  kvmtool: () => ({ canShutdown: false, tapMultiQueue: false, supportsNotifySocket: false }),
  stratovirt: (c) => ({ canShutdown: false, tapMultiQueue: c.vcpu > 1, supportsNotifySocket: false }),
  alioth: () => ({ canShutdown: false, tapMultiQueue: false, supportsNotifySocket: false }),
};

/**
 * The runner of `hypervisor` for a guest named `hostName`, named by the
 * build package set as runner.nix's `vmHostPackages.buildPackages.runCommand`
 * names it. `microvm` is read only when a passthru field is.
 */
export function runnerPackage(
  buildPackages: PackageSet,
  hostName: string,
  hypervisor: Hypervisor,
  microvm: () => PassthruInputs,
): RunnerPackage {
  // evaluated once, like the backend's attribute set in Nix
  let evaluated: Omit<RunnerPassthru, "hypervisor"> | undefined;
  const fields = () => (evaluated ??= backendPassthru[hypervisor](microvm()));
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
