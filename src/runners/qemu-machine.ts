/**
 * qemu's `-M` argument (lib/runners/qemu.nix `machineConfig`): the machine
 * type followed by its options, either `microvm.qemu.machineOpts` or the
 * defaults for the host system.
 */
import type { PackageSet } from "../../pkgs/package-set.js";
import { type BackendContext, RunnerError } from "./types.js";

/** What the machine options depend on. */
export interface QemuMachineSetup {
  ctx: BackendContext;
  system: string;
  requirePci: boolean;
  requireUsb: boolean;
}

function accelerator(pkgs: PackageSet): string {
  if (pkgs.hostPlatform.isLinux) return "kvm:tcg";
  if (pkgs.hostPlatform.isDarwin) return "hvf:tcg";
  return "tcg";
}

/** qemu.nix's default `machineOpts` for the host system. */
function defaultMachineOpts({ ctx, system, requirePci, requireUsb }: QemuMachineSetup): Record<string, string> {
  const accel = accelerator(ctx.pkgs);
  const { machine } = ctx.microvmConfig.qemu;
  switch (system) {
    case "x86_64-linux":
      return {
        accel,
        "mem-merge": "on",
        acpi: "on",
        ...(machine === "microvm"
          ? { pit: "off", pic: "off", pcie: requirePci ? "on" : "off", usb: requireUsb ? "on" : "off" }
          : {}),
      };
    case "aarch64-linux":
      return { accel, "gic-version": "max" };
    case "aarch64-darwin":
      return { accel };
    default:
      throw new RunnerError(`attribute '${system}' missing`);
  }
}

/** `machine,name=value,…` with the options in Nix's attribute order. */
export function qemuMachineConfig(setup: QemuMachineSetup): string {
  const { machine, machineOpts } = setup.ctx.microvmConfig.qemu;
  const opts = machineOpts ?? defaultMachineOpts(setup);
  return [machine, ...Object.keys(opts).sort().map((name) => `${name}=${opts[name]}`)].join(",");
}
