/**
 * The contract between lib/runner.nix and the hypervisor backends
 * (lib/runners/<hypervisor>.nix): what a backend gets and what it returns.
 */
import type { Package } from "../../pkgs/package.js";
import type { PackageSet } from "../../pkgs/package-set.js";

/** A package or its store path; coerce with `pathOf()` from pkgs/package.ts. */
export type PackageLike = Package | string;

/** `microvm.interfaces.*`. `macvtap.link`/`.mode` are absent unless defined (they have no default). */
export interface MicrovmInterface {
  type: "user" | "tap" | "macvtap" | "bridge";
  id: string;
  mac: string;
  bridge?: string | null;
  macvtap?: { link?: string; mode?: "private" | "vepa" | "bridge" | "passthru" | "source" };
}

/** `microvm.volumes.*`. */
export interface MicrovmVolume {
  image: string;
  serial: string | null;
  direct: boolean;
  readOnly: boolean;
  mountPoint: string | null;
  size: number;
  autoCreate: boolean;
  fsType: string;
  label: string | null;
  mkfsExtraArgs: string[] | null;
}

/** `microvm.shares.*`. */
export interface MicrovmShare {
  tag: string;
  socket: string | null;
  source: string;
  mountPoint: string;
  proto: "9p" | "virtiofs";
  readOnly: boolean;
  securityModel: "passthrough" | "none" | "mapped" | "mapped-file";
}

/** `microvm.devices.*`. */
export interface MicrovmDevice {
  bus: "pci" | "usb";
  path: string;
  qemu: { deviceExtraArgs: string | null };
}

/** `microvm.forwardPorts.*`. */
export interface MicrovmForwardPort {
  from: "host" | "guest";
  proto: "tcp" | "udp";
  host: { address: string; port: number };
  guest: { address: string; port: number };
}

/**
 * `config.microvm` as a plain object plus `hostName` and `hypervisor`, as
 * nixos-modules/microvm/default.nix passes it to lib/runner.nix. Only the
 * fields the runners read are typed. An option without a value (e.g.
 * `storeDisk` with `storeOnDisk = false`) is absent; reading it through a
 * backend throws the module system's "…was accessed but has no value defined" error.
 */
export interface MicrovmConfig {
  hostName: string;
  hypervisor: string;
  vcpu: number;
  mem: number;
  balloon: boolean;
  initialBalloonMem: number;
  deflateOnOOM: boolean;
  hotplugMem: number;
  hotpluggedMem: number;
  hugepageMem: boolean;
  user: string | null;
  socket: string | null;
  cpu: string | null;
  preStart: string;
  prettyProcnames: boolean;
  systemSymlink: boolean;
  binScripts: Record<string, string>;
  interfaces: MicrovmInterface[];
  volumes: MicrovmVolume[];
  shares: MicrovmShare[];
  devices: MicrovmDevice[];
  forwardPorts: MicrovmForwardPort[];
  vsock: { cid: number | null };
  graphics: { enable: boolean; backend: "gtk" | "cocoa"; socket: string };
  credentialFiles: Record<string, string>;
  kernel: PackageLike;
  initrdPath: string;
  kernelParams: string[];
  storeOnDisk: boolean;
  storeDisk?: PackageLike;
  optimize: { enable: boolean };
  qemu: {
    machine: string;
    machineOpts: Record<string, string> | null;
    extraArgs: string[];
    serialConsole: boolean;
  };
  "cloud-hypervisor": { extraArgs: string[]; platformOEMStrings: string[] };
  crosvm: { extraArgs: string[]; pivotRoot: string | null };
  firecracker: { cpu: Record<string, unknown> | null };
}

export interface BackendContext {
  /** config.microvm plus hostName and hypervisor (see MicrovmConfig). */
  microvmConfig: MicrovmConfig;
  /**
   * The package set runner.nix passes to the backends: the guest's `pkgs`
   * (`hostPlatform` = the guest system). Store paths are those of
   * vmHostPackages; only the platform differs when cross-building (case-19).
   */
  pkgs: PackageSet;
  /** lib/macvtap.nix's `macvtapFds`: interface id → fds, plus `nextFreeFd`. */
  macvtapFds: Record<string, number | number[]>;
  /** lib.warn / lib.warnIf. */
  warn(message: string): void;
}

/** What a backend returns. Every field is a lazy getter: in Nix one may throw while others work. */
export interface BackendOutput {
  readonly command: string;
  readonly canShutdown: boolean;
  /** Absent when the Nix runner has no such attribute. */
  readonly shutdownCommand?: string;
  readonly preStart?: string;
  readonly setBalloonScript?: string | null;
  readonly tapMultiQueue?: boolean;
  readonly supportsNotifySocket?: boolean;
  readonly requiresMacvtapAsFds?: boolean;
}

export type Backend = (ctx: BackendContext) => BackendOutput;

/** What Nix `throw`s (or fails with) in a runner; the message is exact. */
export class RunnerError extends Error {
  override name = "RunnerError";
}
