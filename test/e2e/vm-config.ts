/**
 * The microVM the real-boot test runs: a TS config module, written as a user
 * would write their NixOS microvm config, for the Debian kernel and busybox
 * initramfs that scripts/e2e-assets.sh builds. The guest's /init reads its
 * tasks from `e2e.*` kernel parameters (see that script).
 */
import type { Module } from "../../lib/index.js";
import { makePackage } from "../../pkgs/package-set.js";

export interface E2eVmParams {
  hostName: string;
  /** Folder holding the kernel as `bzImage`. */
  kernelDir: string;
  initrd: string;
  /** "kvm": microvm.nix's default line; "tcg": `microvm.cpu = "max"` plus `tsc_early_khz`. */
  accel: "kvm" | "tcg";
  /** Host TSC kHz, for `tsc_early_khz` under TCG. */
  tscKhz: number;
  /** QMP socket path, or null for none. */
  socket: string | null;
  /** A folder shared over 9p as tag `e2eshare`. */
  share?: string;
  /** A raw disk image attached as the first volume (/dev/vda). */
  volume?: string;
  /** Host port forwarded to the guest's port 8080 over user networking. */
  hostPort?: number;
  /** What the guest does at the end: power off, or wait for microvm-shutdown. */
  end: "poweroff" | "wait";
}

export const guestPort = 8080;
export const shareTag = "e2eshare";

/** qemu.nix's x86_64 `microvm` machine options, with `accel = "tcg"`. */
function tcgMachineOpts(requirePci: boolean): Record<string, string> {
  return {
    accel: "tcg",
    "mem-merge": "on",
    acpi: "on",
    pit: "off",
    pic: "off",
    // microvm.nix requires PCI for shares
    pcie: requirePci ? "on" : "off",
    usb: "off",
  };
}

/** The config module for one boot. */
export function e2eVmConfig(p: E2eVmParams): Module {
  const kernel = makePackage(
    { name: "linux-e2e", outputNames: ["out"], outputs: { out: p.kernelDir } },
    (name) => `${p.kernelDir}/${name}`,
  );
  const tcg = p.accel === "tcg";
  return {
    _file: "test/e2e/vm-config.ts",
    config: {
      networking: { hostName: p.hostName },
      boot: {
        kernelParams: [
          "quiet",
          ...(tcg ? [`tsc_early_khz=${p.tscKhz}`] : []),
          ...(p.share === undefined ? [] : [`e2e.9p=${shareTag}`]),
          ...(p.volume === undefined ? [] : ["e2e.vol=/dev/vda"]),
          ...(p.hostPort === undefined ? [] : [`e2e.net=${guestPort}`]),
          `e2e.end=${p.end}`,
        ],
      },
      microvm: {
        hypervisor: "qemu",
        // what microvm.nix emits for an emulated CPU: `-cpu max`, no -enable-kvm
        cpu: tcg ? "max" : null,
        // ...but it keeps accel=kvm:tcg, and qemu would pick a PVM /dev/kvm
        // (which aborts on -cpu max): the default machine options with accel=tcg
        ...(tcg ? { qemu: { machineOpts: tcgMachineOpts(p.share !== undefined) } } : {}),
        vcpu: 1,
        mem: 256,
        kernel,
        initrdPath: p.initrd,
        socket: p.socket,
        // the guest is all in its initramfs: no /nix/store disk
        storeOnDisk: false,
        shares:
          p.share === undefined
            ? []
            : [{ proto: "9p", tag: shareTag, source: p.share, mountPoint: "/mnt/share", securityModel: "none" }],
        volumes:
          p.volume === undefined ? [] : [{ image: p.volume, mountPoint: null, size: 1, autoCreate: false }],
        interfaces: p.hostPort === undefined ? [] : [{ type: "user", id: "usernet", mac: "02:00:00:00:00:01" }],
        forwardPorts:
          p.hostPort === undefined
            ? []
            : [{ from: "host", proto: "tcp", host: { address: "127.0.0.1", port: p.hostPort }, guest: { port: guestPort } }],
      },
    },
  };
}
