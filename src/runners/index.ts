/**
 * The hypervisor backends by name, in microvm.nix's order
 * (`lib.hypervisors` of lib/default.nix).
 */
import { alioth } from "./alioth.js";
import { cloudHypervisor } from "./cloud-hypervisor.js";
import { crosvm } from "./crosvm.js";
import { firecracker } from "./firecracker.js";
import { kvmtool } from "./kvmtool.js";
import { qemu } from "./qemu.js";
import { stratovirt } from "./stratovirt.js";
import { type Backend, RunnerError } from "./types.js";

export const backends: Readonly<Record<string, Backend>> = {
  qemu,
  "cloud-hypervisor": cloudHypervisor,
  firecracker,
  crosvm,
  kvmtool,
  stratovirt,
  alioth,
};

/** Every hypervisor name, in microvm.nix's order. */
export const hypervisors: readonly string[] = Object.keys(backends);

/** The backend of a hypervisor; a clear error for an unknown name. */
export function backendFor(hypervisor: string): Backend {
  if (!Object.hasOwn(backends, hypervisor)) {
    throw new RunnerError(`microvm.hypervisor: unknown hypervisor "${hypervisor}"; known: ${hypervisors.join(", ")}`);
  }
  return backends[hypervisor];
}

export type { Backend, BackendContext, BackendOutput, MicrovmConfig } from "./types.js";
export { RunnerError } from "./types.js";
