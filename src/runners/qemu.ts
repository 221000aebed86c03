/**
 * The qemu backend: lib/runners/qemu.nix of microvm.nix.
 *
 * One deliberate difference: upstream adds `,cache=none` to every volume
 * (it tests `direct != null`, and `direct` is a bool); here only volumes
 * with `direct = true` get it, as upstream does since it fixed that.
 */
import type { Package } from "../../pkgs/package.js";
import { backendPassthru, qemuMemoryWarning } from "../../modules/microvm/passthru.js";
import { qemuMachineConfig } from "./qemu-machine.js";
import { qmpSetBalloonScript, qmpShutdownCommand } from "./qemu-qmp.js";
import type { Backend, BackendContext, BackendOutput, MicrovmInterface } from "./types.js";
import { RunnerError } from "./types.js";
import { guestForwardAddress, shellWord } from "../../modules/microvm/shell.js";
import {
  boolToString,
  escapeShellArgs,
  getAttr,
  interpolate,
  lazyAttrs,
  nixToString,
  outputOf,
  pkgPath,
  storeDiskOf,
  withDriveLetters,
} from "./util.js";

/** The attributes qemu.nix's runner has. */
type QemuOutput = Required<
  Pick<
    BackendOutput,
    "command" | "canShutdown" | "shutdownCommand" | "setBalloonScript" | "tapMultiQueue" | "requiresMacvtapAsFds"
  >
>;

/** The settings of qemu.nix's `let` block that several arguments depend on. */
interface QemuSetup {
  ctx: BackendContext;
  system: string;
  /** `pci` or `device`: the suffix of virtio device names. */
  devType: "pci" | "device";
  requirePci: boolean;
  requireUsb: boolean;
  tapMultiQueue: boolean;
  aioEngine: string;
}

/** `qemu_kvm` when hardware-accelerated on Linux, else the generic `qemu`. */
function qemuPackage({ microvmConfig, pkgs }: BackendContext): Package {
  return microvmConfig.cpu === null && pkgs.hostPlatform.isLinux ? pkgs.get("qemu_kvm") : pkgs.get("qemu");
}

function forwardingOptions(ctx: BackendContext): string {
  const nc = `${pkgPath(ctx.pkgs, "netcat")}/bin/nc`;
  return ctx.microvmConfig.forwardPorts
    .map(({ proto, from, host, guest }) => {
      if (from === "host") {
        return `hostfwd=${proto}:${host.address}:${host.port}-${guest.address}:${guest.port},`;
      }
      if (from === "guest") {
        const address = guestForwardAddress(host.address, (m) => new RunnerError(m));
        return `guestfwd=${proto}:${guest.address}:${guest.port}-cmd:${nc} ${address} ${host.port},`;
      }
      throw new RunnerError(`attribute '${from}' missing`);
    })
    .join("");
}

function macvtapFdOption(ctx: BackendContext, id: string): string {
  const list = ([] as number[]).concat(getAttr(ctx.macvtapFds, id));
  return list.length === 1 ? `fd=${list[0]}` : `fds=${list.join(":")}`;
}

function netdevOption(setup: QemuSetup, { type, id, bridge }: MicrovmInterface): string {
  const { microvmConfig } = setup.ctx;
  const parts = [type === "macvtap" ? "tap" : type, `id=${id}`];
  if (type === "user" && microvmConfig.forwardPorts.length > 0) parts.push(forwardingOptions(setup.ctx));
  if (type === "bridge") parts.push(`br=${interpolate(bridge ?? null)}`, "helper=/run/wrappers/bin/qemu-bridge-helper");
  if (type === "tap") parts.push(`ifname=${id}`, "script=no", "downscript=no");
  if (type === "macvtap") parts.push(macvtapFdOption(setup.ctx, id));
  if (type === "tap" && setup.tapMultiQueue) parts.push(`queues=${microvmConfig.vcpu}`);
  return parts.join(",");
}

function networkArgs(setup: QemuSetup): string[] {
  const { microvmConfig } = setup.ctx;
  const { vcpu, cpu } = microvmConfig;
  // romfile= does not work with x86_64-linux and -M microvm or a -cpu other than host
  const noRomfile = setup.requirePci || (cpu === null && setup.system !== "x86_64-linux");
  return microvmConfig.interfaces.flatMap((iface) => [
    "-netdev",
    netdevOption(setup, iface),
    "-device",
    `virtio-net-${setup.devType},netdev=${iface.id},mac=${iface.mac}` +
      (noRomfile ? ",romfile=" : "") +
      (setup.tapMultiQueue && setup.requirePci ? `,mq=on,vectors=${2 * vcpu + 2}` : ""),
  ]);
}

function shareArgs(setup: QemuSetup): string[] {
  const { microvmConfig, pkgs } = setup.ctx;
  const { shares, mem } = microvmConfig;
  if (shares.length === 0) return [];
  const memfd = pkgs.hostPlatform.isLinux
    ? ["-numa", "node,memdev=mem", "-object", `memory-backend-memfd,id=mem,size=${mem}M,share=on`]
    : [];
  return memfd.concat(
    shares.flatMap(({ proto, socket, source, tag, securityModel, readOnly }, index) => {
      if (proto === "virtiofs") {
        return [
          "-chardev",
          `socket,id=fs${index},path=${interpolate(socket)}`,
          "-device",
          `vhost-user-fs-${setup.devType},chardev=fs${index},tag=${tag}`,
        ];
      }
      if (proto === "9p") {
        return [
          "-fsdev",
          `local,id=fs${index},path=${source},security_model=${securityModel},readonly=${boolToString(readOnly)}`,
          "-device",
          `virtio-9p-${setup.devType},fsdev=fs${index},mount_tag=${tag}`,
        ];
      }
      throw new RunnerError(`attribute '${proto}' missing`);
    }),
  );
}

function volumeArgs(setup: QemuSetup): string[] {
  return withDriveLetters(setup.ctx.microvmConfig).flatMap(({ image, letter, serial, direct, readOnly }) => [
    "-drive",
    `id=vd${letter},format=raw,file=${image},if=none,aio=${setup.aioEngine},discard=unmap` +
      (direct ? ",cache=none" : "") +
      `,read-only=${readOnly ? "on" : "off"}`,
    "-device",
    `virtio-blk-${setup.devType},drive=vd${letter}` + (serial !== null ? `,serial=${serial}` : ""),
  ]);
}

function displayArgs(setup: QemuSetup): string[] {
  const { graphics } = setup.ctx.microvmConfig;
  if (!graphics.enable) return ["-nographic"];
  const display: Record<string, string[]> = {
    cocoa: ["-display", "cocoa", "-device", "virtio-gpu"],
    gtk: ["-display", "gtk,gl=on", "-device", "virtio-vga-gl"],
  };
  return [...getAttr(display, graphics.backend), "-device", "qemu-xhci", "-device", "usb-tablet", "-device", "usb-kbd"];
}

function kernelConsole({ ctx, system }: QemuSetup): string {
  if (!ctx.microvmConfig.qemu.serialConsole) return "";
  if (system === "x86_64-linux") return "earlyprintk=ttyS0 console=ttyS0";
  if (system === "aarch64-linux") return "console=ttyAMA0";
  return "";
}

/** The command line up to the passed-through devices, every argument shell-escaped. */
function qemuArgs(setup: QemuSetup): string[] {
  const { ctx, system, devType } = setup;
  const { microvmConfig: cfg, pkgs } = ctx;
  const qemu = qemuPackage(ctx);
  const hostIsLinux = pkgs.hostPlatform.isLinux;
  const arch = system.split("-")[0];
  // Don't let qemu sandbox itself if it is going to call qemu-bridge-helper
  const configureFlags = qemu.attrs.configureFlags;
  const canSandbox =
    !cfg.interfaces.some(({ type }) => type === "bridge") &&
    Array.isArray(configureFlags) &&
    configureFlags.includes("--enable-seccomp");
  const cpu = cfg.cpu ?? (system === "x86_64-linux" ? "host,+x2apic,-sgx" : "host");
  const append = `${kernelConsole(setup)} reboot=t panic=-1 ${nixToString(cfg.kernelParams)}`;

  // Nix builds the list's structure (where this lib.warnIf sits) before any
  // argument's value, so the warning comes before an argument's error.
  if (cfg.forwardPorts.length > 0 && !cfg.interfaces.some(({ type }) => type === "user")) {
    ctx.warn(`${cfg.hostName}: forwardPortsOptions only running with user network`);
  }

  const args = [
    `${qemu.outPath}/bin/qemu-system-${arch}`,
    ...["-name", cfg.hostName],
    ...["-M", qemuMachineConfig(setup)],
    ...["-m", String(cfg.mem), "-smp", String(cfg.vcpu)],
    ...["-nodefaults", "-no-user-config"],
    // qemu just hangs after shutdown, allow to exit by rebooting
    "-no-reboot",
    ...["-kernel", `${outputOf(cfg.kernel, "out", "microvm.kernel")}/${pkgs.hostPlatform.kernelTarget}`],
    ...["-initrd", cfg.initrdPath],
    ...["-chardev", "stdio,id=stdio,signal=off"],
    ...["-device", `virtio-rng-${devType}`],
  ];
  for (const name of Object.keys(cfg.credentialFiles).sort()) {
    args.push("-fw_cfg", `name=opt/io.systemd.credentials/${name},file=${cfg.credentialFiles[name]}`);
  }
  if (cfg.qemu.serialConsole) args.push("-serial", "chardev:stdio");
  if (hostIsLinux && cfg.cpu === null) args.push("-enable-kvm");
  args.push("-cpu", cpu);
  if (system === "x86_64-linux") args.push("-device", "i8042", "-append", append);
  if (system === "aarch64-linux") args.push("-append", append);
  if (cfg.storeOnDisk) {
    args.push(
      "-drive",
      `id=store,format=raw,read-only=on,file=${interpolate(storeDiskOf(cfg))},if=none,aio=${setup.aioEngine}`,
      "-device",
      `virtio-blk-${devType},drive=store${devType === "pci" ? ",disable-legacy=on" : ""}`,
    );
  }
  args.push(...displayArgs(setup));
  if (canSandbox) args.push("-sandbox", "on");
  if (cfg.user !== null) args.push("-user", cfg.user);
  if (cfg.socket !== null) args.push("-qmp", `unix:${cfg.socket},server,nowait`);
  if (cfg.balloon) {
    args.push(
      "-device",
      "virtio-balloon,free-page-reporting=on,id=balloon0" + (cfg.deflateOnOOM ? ",deflate-on-oom=on" : ""),
    );
  }
  args.push(...volumeArgs(setup), ...shareArgs(setup), ...networkArgs(setup));
  if (setup.requireUsb) args.push("-device", "qemu-xhci");
  if (cfg.vsock.cid !== null) args.push("-device", `vhost-vsock-${devType},guest-cid=${cfg.vsock.cid}`);
  return args.concat(cfg.qemu.extraArgs);
}

/**
 * `-device` arguments for PCI and USB passthrough. qemu.nix appends them
 * unescaped; here the device path and deviceExtraArgs are quoted, which
 * gives upstream's text for every value of plain characters.
 */
function passthroughArgs({ ctx }: QemuSetup): string[] {
  return ctx.microvmConfig.devices.flatMap(({ bus, path, qemu }) => {
    if (bus === "pci") {
      // deviceExtraArgs passes additional arguments to the PCI device
      const extra = qemu.deviceExtraArgs !== null ? `,${shellWord(qemu.deviceExtraArgs)}` : "";
      return ["-device", `vfio-pci,host=${shellWord(path)},multifunction=on${extra}`];
    }
    if (bus === "usb") return ["-device", `usb-host,${shellWord(path)}`];
    throw new RunnerError(`attribute '${bus}' missing`);
  });
}

function qemuCommand(setup: QemuSetup): string {
  const { initialBalloonMem, hotplugMem, hotpluggedMem } = setup.ctx.microvmConfig;
  if (initialBalloonMem !== 0) throw new RunnerError("qemu does not support initialBalloonMem");
  if (hotplugMem !== 0) throw new RunnerError("qemu does not support hotplugMem");
  if (hotpluggedMem !== 0) throw new RunnerError("qemu does not support hotpluggedMem");
  return `${escapeShellArgs(qemuArgs(setup))} ${passthroughArgs(setup).join(" ")}`;
}

/** The qemu backend (lib/runners/qemu.nix). */
export const qemu: Backend = (ctx: BackendContext): BackendOutput => {
  const { microvmConfig: cfg, pkgs } = ctx;
  // qemu.nix wraps its whole result in this lib.warnIf, so reading any field shows it
  if (cfg.mem === 2048) ctx.warn(qemuMemoryWarning);

  const requireUsb = cfg.graphics.enable || cfg.devices.some(({ bus }) => bus === "usb");
  const requirePci =
    cfg.graphics.enable ||
    !cfg.qemu.machine.startsWith("microvm") ||
    cfg.shares.length > 0 ||
    // PCI is required by vfio-pci for PCI passthrough
    cfg.devices.some(({ bus }) => bus === "pci");
  const { tapMultiQueue, canShutdown } = backendPassthru("qemu", cfg, (m) => new RunnerError(m));
  const setup: QemuSetup = {
    ctx,
    system: pkgs.hostPlatform.system,
    devType: requirePci ? "pci" : "device",
    requirePci,
    requireUsb,
    tapMultiQueue,
    aioEngine: pkgs.hostPlatform.isLinux ? "io_uring" : "threads",
  };
  const { socket } = cfg;

  return lazyAttrs<QemuOutput>({
    tapMultiQueue: () => tapMultiQueue,
    command: () => qemuCommand(setup),
    canShutdown: () => canShutdown,
    shutdownCommand: () => {
      if (socket === null) throw new RunnerError("Cannot shutdown without socket");
      return qmpShutdownCommand(pkgs, socket);
    },
    setBalloonScript: () => (socket !== null ? qmpSetBalloonScript(pkgs, socket) : null),
    requiresMacvtapAsFds: () => true,
  });
};
