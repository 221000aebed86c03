/**
 * The firecracker backend: lib/runners/firecracker.nix of microvm.nix.
 * Firecracker reads its VM from a JSON config file, written with
 * `writers.writeJSON`; the command line only names that file and the API socket.
 */
import type { Backend, BackendContext, BackendOutput } from "./types.js";
import { backendPassthru } from "../../modules/microvm/passthru.js";
import { RunnerError } from "./types.js";
import { operandPath, shellWord, singleQuoted } from "../../modules/microvm/shell.js";
import {
  escapeShellArgs,
  interpolate,
  lazyAttrs,
  nixToJSON,
  nixToString,
  outputOf,
  pkgPath,
  storeDiskOf,
} from "./util.js";

const bootArgs = "console=ttyS0 noapic acpi=off reboot=k panic=1 i8042.noaux i8042.nomux i8042.nopnp i8042.dumbkbd";

function kernelImagePath(ctx: BackendContext): string {
  const { kernel } = ctx.microvmConfig;
  const { system, kernelTarget } = ctx.pkgs.hostPlatform;
  if (system === "x86_64-linux") return `${outputOf(kernel, "dev", "microvm.kernel")}/vmlinux`;
  if (system === "aarch64-linux") return `${outputOf(kernel, "out", "microvm.kernel")}/${kernelTarget}`;
  throw new RunnerError(`attribute '${system}' missing`);
}

/**
 * The firecracker config as `builtins.toJSON` evaluates it: attributes in
 * sorted order, so its warnings and errors come in that order too
 * (boot-source, cpu-config, drives, machine-config, network-interfaces).
 */
function firecrackerConfig(ctx: BackendContext): Record<string, unknown> {
  const { microvmConfig: cfg, pkgs } = ctx;
  const { system } = pkgs.hostPlatform;
  const config: Record<string, unknown> = {};
  config["boot-source"] = {
    boot_args: `${bootArgs} ${nixToString(cfg.kernelParams)}`,
    initrd_path: cfg.initrdPath,
    kernel_image_path: kernelImagePath(ctx),
  };
  const { cpu } = cfg.firecracker;
  if (cpu !== null) config["cpu-config"] = pkgs.writeText("cpu-config.json", nixToJSON(cpu)).outPath;
  const storeDrive = {
    drive_id: "store",
    path_on_host: interpolate(storeDiskOf(cfg)),
    is_root_device: false,
    is_read_only: true,
    io_engine: "Async",
  };
  const volumeDrives = cfg.volumes.map(({ image, serial, direct, readOnly }) => {
    if (serial !== null) ctx.warn("Volume serial is not supported for firecracker\n");
    if (direct) ctx.warn("Volume direct IO is not supported for firecracker\n");
    return { drive_id: image, path_on_host: image, is_root_device: false, is_read_only: readOnly, io_engine: "Async" };
  });
  config.drives = [storeDrive, ...volumeDrives];
  config["machine-config"] = {
    vcpu_count: cfg.vcpu,
    mem_size_mib: cfg.mem,
    // Without this, starting of firecracker fails with an error message:
    // Enabling simultaneous multithreading is not supported on aarch64
    smt: system !== "aarch64-linux",
  };
  config["network-interfaces"] = cfg.interfaces.map(({ type, id, mac }) => {
    if (type !== "tap") throw new RunnerError(`Network interface type ${type} not implemented for Firecracker`);
    return { iface_id: id, host_dev_name: id, guest_mac: mac };
  });
  config.vsock = null;
  return config;
}

function firecrackerCommand(ctx: BackendContext): string {
  const { microvmConfig: cfg, pkgs } = ctx;
  if (cfg.user !== null) throw new RunnerError("firecracker will not change user");
  if (cfg.shares.length > 0) throw new RunnerError("9p/virtiofs shares not implemented for Firecracker");
  if (cfg.devices.length > 0) throw new RunnerError("devices passthrough not implemented for Firecracker");
  if (cfg.balloon) throw new RunnerError("balloon not implemented for Firecracker");
  if (cfg.initialBalloonMem !== 0) throw new RunnerError("initialBalloonMem not implemented for Firecracker");
  if (cfg.hotplugMem !== 0) throw new RunnerError("hotplugMem not implemented for Firecracker");
  if (cfg.hotpluggedMem !== 0) throw new RunnerError("hotpluggedMem not implemented for Firecracker");
  if (Object.keys(cfg.credentialFiles).length > 0) {
    throw new RunnerError("credentialFiles are not implemented for Firecracker");
  }
  const configFile = pkgs.writeJSON(`firecracker-${cfg.hostName}.json`, firecrackerConfig(ctx));
  if (cfg.socket === null) {
    throw new RunnerError("Firecracker must be configured with an API socket (option microvm.socket)!");
  }
  return escapeShellArgs([
    `${pkgPath(pkgs, "firecracker")}/bin/firecracker`,
    ...["--config-file", configFile.outPath],
    ...["--api-sock", cfg.socket],
  ]);
}

/** The attributes firecracker.nix's runner has. */
type FirecrackerOutput = Required<Pick<BackendOutput, "command" | "preStart" | "canShutdown" | "shutdownCommand">>;

/** The firecracker backend (lib/runners/firecracker.nix). */
export const firecracker: Backend = (ctx: BackendContext): BackendOutput => {
  const { microvmConfig: cfg, pkgs } = ctx;
  const { socket } = cfg;
  return lazyAttrs<FirecrackerOutput>({
    command: () => firecrackerCommand(ctx),
    preStart: () => {
      const path = operandPath(interpolate(socket));
      const [quoted, old] = [singleQuoted(path), singleQuoted(`${path}.old`)];
      return `${cfg.preStart}\n\nif [ -e ${quoted} ]; then\n  mv ${quoted} ${old}\nfi\n`;
    },
    canShutdown: () => backendPassthru("firecracker", cfg, (m) => new RunnerError(m)).canShutdown,
    shutdownCommand: () => {
      if (socket === null) throw new RunnerError("Cannot shutdown without socket");
      return (
        `${pkgPath(pkgs, "curl")}/bin/curl -s \\\n` +
        `  --unix-socket ${shellWord(socket)} \\\n` +
        "  -X PUT http://localhost/actions \\\n" +
        `  -d '{ "action_type": "SendCtrlAltDel" }'\n` +
        "\n" +
        "# wait for exit\n" +
        `${pkgPath(pkgs, "socat")}/bin/socat STDOUT UNIX:${shellWord(socket)},shut-none\n`
      );
    },
  });
};
