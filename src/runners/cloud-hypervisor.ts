/**
 * The cloud-hypervisor backend: lib/runners/cloud-hypervisor.nix of microvm.nix.
 */
import { cloudHypervisorExtraArgs, type CloudHypervisorExtraArgs } from "./cloud-hypervisor-extra-args.js";
import { cloudHypervisorPreStart } from "./cloud-hypervisor-pre-start.js";
import { backendPassthru } from "../../modules/microvm/passthru.js";
import type { Backend, BackendContext, BackendOutput, MicrovmConfig } from "./types.js";
import { RunnerError } from "./types.js";
import { shellWord } from "../../modules/microvm/shell.js";
import {
  compareVersions,
  escapeShellArgs,
  extractParamValue,
  getAttr,
  interpolate,
  lazyAttrs,
  nixToString,
  outputOf,
  pkgPath,
  storeDiskOf,
} from "./util.js";

const notifyOemString = "io.systemd.credential:vmm.notify_socket=vsock-stream:2:8888";

/** `key1=value1,key2=value2` with the keys in Nix's attribute order (cloud-hypervisor.nix's `opsMapped`). */
function opsMapped(ops: Record<string, string | null>): string {
  return Object.keys(ops)
    .sort()
    .map((k) => `${k}=${interpolate(ops[k])}`)
    .join(",");
}

/**
 * cloud-hypervisor 30.0 up to 36.0 parsed arguments with argh, which wants
 * `--switch a --switch b`; the others take `--switch a b` (and nothing for no values).
 */
function argSyntax(version: string): (option: string, params: string[]) => string[] {
  const hasArghSyntax = compareVersions(version, "30.0") >= 0 && compareVersions(version, "36.0") < 0;
  return hasArghSyntax
    ? (option, params) => params.flatMap((param) => [option, param])
    : (option, params) => (params.length > 0 ? [option, ...params] : []);
}

function kernelPath(ctx: BackendContext): string {
  const { kernel } = ctx.microvmConfig;
  const { system, kernelTarget } = ctx.pkgs.hostPlatform;
  if (system === "x86_64-linux") return `${outputOf(kernel, "dev", "microvm.kernel")}/vmlinux`;
  if (system === "aarch64-linux") return `${outputOf(kernel, "out", "microvm.kernel")}/${kernelTarget}`;
  throw new RunnerError(`attribute '${system}' missing`);
}

function kernelConsoleDefault(system: string): string {
  if (system === "x86_64-linux") return "earlyprintk=ttyS0 console=ttyS0";
  if (system === "aarch64-linux") return "console=ttyAMA0";
  return "";
}

function kernelCmdLine(ctx: BackendContext, extra: CloudHypervisorExtraArgs): string {
  // Upstream means to keep the console for `--serial tty` too, but compares
  // the list of --serial values with "tty", so any user --serial drops it.
  const kernelConsole = extra.hasUserSerial ? "" : kernelConsoleDefault(ctx.pkgs.hostPlatform.system);
  return `${kernelConsole} reboot=t panic=-1 ${nixToString(ctx.microvmConfig.kernelParams)}`;
}

function memoryOps(cfg: MicrovmConfig): string {
  const useVirtiofs = cfg.shares.some(({ proto }) => proto === "virtiofs");
  return opsMapped({
    size: `${cfg.mem}M`,
    mergeable: "on",
    // Shared memory is required for usage with virtiofsd but it
    // prevents Kernel Same-page Merging.
    shared: useVirtiofs || cfg.graphics.enable ? "on" : "off",
    ...(cfg.hotplugMem > 0
      ? {
          size: `${cfg.hotplugMem}M`,
          hotplug_method: "virtio-mem",
          hotplug_size: `${cfg.hotplugMem}M`,
          hotplugged_size: `${cfg.hotpluggedMem}M`,
        }
      : {}),
    // enable hugepages (the shared option is ignored by cloud-hypervisor)
    ...(cfg.hugepageMem ? { hugepages: "on" } : {}),
  });
}

function balloonOps(cfg: MicrovmConfig): string {
  return opsMapped({
    size: `${cfg.initialBalloonMem}M`,
    free_page_reporting: "on",
    ...(cfg.deflateOnOOM ? { deflate_on_oom: "on" } : {}),
  });
}

function platformOps(cfg: MicrovmConfig, extra: CloudHypervisorExtraArgs): string {
  const userPlatformStr = extra.userPlatformOpts.length > 0 ? extra.userPlatformOpts[0] : "";
  if (extractParamValue("oem_strings", userPlatformStr) !== null) {
    throw new RunnerError(
      "Use `microvm.cloud-hypervisor.platformOEMStrings` instead of passing oem_strings via --platform",
    );
  }
  const oemStringValues = [...cfg["cloud-hypervisor"].platformOEMStrings];
  if (extra.vsockCID !== null) oemStringValues.push(notifyOemString);
  const oemStringOptions = oemStringValues.length > 0 ? [`oem_strings=[${oemStringValues.join(",")}]`] : [];
  return [...oemStringOptions, ...extra.userPlatformOpts].join(",");
}

function diskParams(cfg: MicrovmConfig, mqOps: Record<string, string>): string[] {
  const store: string[] = [];
  if (cfg.storeOnDisk) {
    store.push(opsMapped({ path: nixToString(storeDiskOf(cfg)), readonly: "on", ...mqOps }));
  }
  return store.concat(
    cfg.volumes.map(({ image, serial, direct, readOnly }) =>
      opsMapped({
        path: image,
        direct: direct ? "on" : "off",
        readonly: readOnly ? "on" : "off",
        ...(serial !== null ? { serial } : {}),
        ...mqOps,
      }),
    ),
  );
}

function netParams(ctx: BackendContext, tapMultiQueue: boolean): string[] {
  const { vcpu, interfaces } = ctx.microvmConfig;
  const queues: Record<string, string> = tapMultiQueue ? { num_queues: String(2 * vcpu) } : {};
  return interfaces.map(({ type, id, mac }) => {
    if (type === "tap") return opsMapped({ tap: id, mac, ...queues });
    if (type === "macvtap") {
      const fds = ([] as number[]).concat(getAttr(ctx.macvtapFds, id));
      return opsMapped({ fd: `[${fds.join(",")}]`, mac, ...queues });
    }
    throw new RunnerError(`Unsupported interface type ${type} for Cloud-Hypervisor`);
  });
}

function deviceParams(cfg: MicrovmConfig): string[] {
  return cfg.devices.map(({ bus, path }) => {
    if (bus === "pci") return `path=/sys/bus/pci/devices/${shellWord(path)}`;
    if (bus === "usb") throw new RunnerError("USB passthrough is not supported on cloud-hypervisor");
    throw new RunnerError(`attribute '${bus}' missing`);
  });
}

function cloudHypervisorCommand(ctx: BackendContext, extra: CloudHypervisorExtraArgs, tapMultiQueue: boolean): string {
  const { microvmConfig: cfg, pkgs } = ctx;
  if (cfg.user !== null) throw new RunnerError("cloud-hypervisor will not change user");
  if (Object.keys(cfg.credentialFiles).length > 0) {
    throw new RunnerError("cloud-hypervisor does not support credentialFiles");
  }
  // Nix decides which options are present before it builds their values,
  // so the vsock warning (or error) comes before any value's error.
  const vsockOpts =
    extra.vsockCID === null
      ? (ctx.warn(
          "cloud-hypervisor supports systemd-notify via vsock, but `microvm.vsock.cid` must be set to enable this.",
        ),
        "")
      : `cid=${extra.vsockCID},socket=${extra.vsockPath}`;
  const { version } = pkgs.get("cloud-hypervisor");
  if (version === undefined) throw new RunnerError("attribute 'version' missing");
  const arg = argSyntax(version);
  const mqOps: Record<string, string> = tapMultiQueue ? { num_queues: String(cfg.vcpu) } : {};
  const binary = pkgPath(pkgs, cfg.graphics.enable ? "cloud-hypervisor-graphics" : "cloud-hypervisor");

  const args = [
    `${binary}/bin/cloud-hypervisor`,
    ...["--cpus", `boot=${cfg.vcpu}`],
    "--watchdog",
    ...["--kernel", kernelPath(ctx)],
    ...["--initramfs", cfg.initrdPath],
    ...["--cmdline", kernelCmdLine(ctx, extra)],
    ...["--seccomp", "true"],
    ...["--memory", memoryOps(cfg)],
    ...["--platform", platformOps(cfg, extra)],
  ];
  if (!extra.hasUserConsole) args.push("--console", "null");
  if (!extra.hasUserSerial) args.push("--serial", "tty");
  if (vsockOpts !== "") args.push("--vsock", vsockOpts);
  if (cfg.graphics.enable) args.push("--gpu", `socket=${cfg.graphics.socket}`);
  if (cfg.balloon) args.push("--balloon", balloonOps(cfg));
  args.push(...arg("--disk", diskParams(cfg, mqOps)));
  args.push(
    ...arg(
      "--fs",
      cfg.shares.map(({ proto, socket, tag }) => {
        if (proto !== "virtiofs") throw new RunnerError("cloud-hypervisor supports only shares that are virtiofs");
        return opsMapped({ tag, socket });
      }),
    ),
  );
  if (cfg.socket !== null) args.push("--api-socket", cfg.socket);
  args.push(...arg("--net", netParams(ctx, tapMultiQueue)));

  // passed-through devices go after the escaped arguments (upstream: unescaped; here their paths are quoted)
  const devices = arg("--device", deviceParams(cfg)).join(" ");
  return `${escapeShellArgs(args)} ${devices} ${escapeShellArgs(extra.processedExtraArgs)}`;
}

/** The attributes cloud-hypervisor.nix's runner has. */
type CloudHypervisorOutput = Required<BackendOutput>;

/** The cloud-hypervisor backend (lib/runners/cloud-hypervisor.nix). */
export const cloudHypervisor: Backend = (ctx: BackendContext): BackendOutput => {
  const { microvmConfig: cfg, pkgs } = ctx;
  const extra = cloudHypervisorExtraArgs(cfg);
  const passthru = backendPassthru("cloud-hypervisor", cfg, (m) => new RunnerError(m));
  const { socket } = cfg;
  return lazyAttrs<CloudHypervisorOutput>({
    tapMultiQueue: () => passthru.tapMultiQueue,
    supportsNotifySocket: () => passthru.supportsNotifySocket,
    preStart: () => cloudHypervisorPreStart(ctx, extra),
    command: () => cloudHypervisorCommand(ctx, extra, passthru.tapMultiQueue),
    canShutdown: () => passthru.canShutdown,
    shutdownCommand: () => {
      if (socket === null) throw new RunnerError("Cannot shutdown without socket");
      return (
        "api() {\n" +
        `  ${pkgPath(pkgs, "curl")}/bin/curl -s \\\n` +
        `    --unix-socket ${shellWord(socket)} \\\n` +
        '    "$@"\n' +
        "}\n" +
        "\n" +
        "api -X PUT http://localhost/api/v1/vm.power-button\n" +
        "\n" +
        `${pkgPath(pkgs, "util-linux")}/bin/waitpid "$MAINPID"\n`
      );
    },
    setBalloonScript: () =>
      socket === null
        ? null
        : `${pkgPath(pkgs, "cloud-hypervisor")}/bin/ch-remote --api-socket ${shellWord(socket)} resize --balloon "$SIZE"M\n`,
    requiresMacvtapAsFds: () => true,
  });
};
