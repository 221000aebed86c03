/** microvm.nix's `lib.hypervisors`: every hypervisor a runner can be built for, in its order. */
export const hypervisors = ["qemu", "cloud-hypervisor", "firecracker", "crosvm", "kvmtool", "stratovirt", "alioth"] as const;

export type Hypervisor = (typeof hypervisors)[number];
