/**
 * What lib/runner.nix's `passthru` tells of each backend: whether it can shut
 * the VM down, whether its tap interfaces are multi-queue, whether it
 * supports the notify socket. One definition for the runners and for
 * `config.microvm.runner.<hypervisor>` as the guest modules read it
 * (modules/microvm/runner-package.ts). It lives with the guest modules
 * (src/runners imports it from here), so they use it without loading the runners.
 */
import type { Hypervisor } from "./hypervisors.js";
import { extractOptValues, extractParamValue } from "./extra-args.js";

/** The parts of `config.microvm` the passthru fields depend on. */
export interface PassthruInputs {
  readonly socket: string | null;
  readonly vcpu: number;
  readonly vsock: { readonly cid: number | null };
  readonly "cloud-hypervisor": { readonly extraArgs: readonly string[] };
}

export interface BackendPassthru {
  readonly canShutdown: boolean;
  readonly tapMultiQueue: boolean;
  readonly supportsNotifySocket: boolean;
}

/** qemu.nix wraps its whole result in this `lib.warnIf (mem == 2048)`. */
export const qemuMemoryWarning = `QEMU hangs if memory is exactly 2GB

<https://github.com/microvm-nix/microvm.nix/issues/171>
`;

/**
 * cloud-hypervisor.nix's `vsockCID`: `microvm.vsock.cid`, or the `cid=` of
 * a `--vsock` in its extraArgs; `error` makes the error for both at once.
 */
export function cloudHypervisorVsockCid(c: PassthruInputs, error: (message: string) => Error): number | string | null {
  const userVSockOpts = extractOptValues("--vsock", c["cloud-hypervisor"].extraArgs).values;
  const userVSockCID = extractParamValue("cid", userVSockOpts.length === 0 ? null : userVSockOpts[0]);
  if (c.vsock.cid !== null && userVSockCID !== null) {
    throw error(
      `Cannot set \`microvm.vsock.cid\` and --vsock 'cid=${userVSockCID}...' via \`microvm.cloud-hypervisor.extraArgs\` at the same time`,
    );
  }
  return c.vsock.cid ?? userVSockCID;
}

/**
 * Each backend's passthru (absent fields are false, as runner.nix reads
 * them). cloud-hypervisor's `supportsNotifySocket` may throw (a cid given
 * twice), so it is computed when read.
 */
export function backendPassthru(hypervisor: Hypervisor, c: PassthruInputs, error: (message: string) => Error): BackendPassthru {
  const socketShutdown = c.socket !== null;
  const multiQueue = c.vcpu > 1;
  switch (hypervisor) {
    case "qemu":
      return { canShutdown: socketShutdown, tapMultiQueue: multiQueue, supportsNotifySocket: false };
    case "cloud-hypervisor":
      return {
        canShutdown: socketShutdown,
        tapMultiQueue: multiQueue,
        get supportsNotifySocket() {
          return cloudHypervisorVsockCid(c, error) !== null;
        },
      };
    case "firecracker":
    case "crosvm":
      return { canShutdown: socketShutdown, tapMultiQueue: false, supportsNotifySocket: false };
    case "stratovirt":
      // shutting down is not supported for the `microvm` machine model
      return { canShutdown: false, tapMultiQueue: multiQueue, supportsNotifySocket: false };
    case "kvmtool": // `lkvm stop` works but is not graceful
    case "alioth": // upstream: "TODO"
      return { canShutdown: false, tapMultiQueue: false, supportsNotifySocket: false };
  }
}
