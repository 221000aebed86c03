/** nixos-modules/microvm/system.nix: the guest's boot set-up (kernel params with `init=`, initrd modules). */
import type { Module } from "../../lib/index.js";
import type { NixosModuleArgs } from "../nixos/module-args.js";

export const microvmSystemModule: Module = ({ config, lib, pkgs }: NixosModuleArgs) => {
  const { mkDefault, mkIf } = lib;
  const cfg = () => config.microvm;
  // nix-daemon works only with a writable /nix/store
  const enableNixDaemon = () => cfg().writableStoreOverlay !== null;
  return {
    _file: "modules/microvm/system.ts",
    config: mkIf(() => cfg().guest.enable, {
      assertions: [
        {
          get assertion() {
            return (
              cfg().writableStoreOverlay === null ||
              (!config.nix.optimise.automatic && !config.nix.settings["auto-optimise-store"])
            );
          },
          message:
            "`nix.optimise.automatic` and `nix.settings.auto-optimise-store` do not work with `microvm.writableStoreOverlay`.\n",
        },
      ],

      boot: {
        loader: { grub: { enable: false } },
        initrd: {
          get kernelModules() {
            return [
              "virtio_mmio",
              "virtio_pci",
              "virtio_blk",
              "9pnet_virtio",
              "9p",
              "virtiofs",
              // Keyboard controller that can receive CtrlAltDel
              ...(pkgs.hostPlatform.system === "x86_64-linux" && cfg().hypervisor === "firecracker" ? ["i8042"] : []),
              ...(cfg().writableStoreOverlay !== null ? ["overlay"] : []),
            ];
          },
        },
        // modules that consume boot time but have rare use-cases
        get blacklistedKernelModules() {
          return ["rfkill", "intel_pstate", ...(cfg().graphics.enable ? [] : ["drm"])];
        },
      },

      microvm: {
        get kernelParams() {
          return [...config.boot.kernelParams, `init=${config.system.build.toplevel}/init`];
        },
      },

      systemd: {
        services: {
          "nix-daemon": {
            get enable() {
              return mkDefault(enableNixDaemon());
            },
          },
          // consumes a lot of boot time
          "mount-pstore": { enable: false },
        },
        sockets: {
          "nix-daemon": {
            get enable() {
              return mkDefault(enableNixDaemon());
            },
          },
        },
        // just fails in the usual usage of microvm.nix
        generators: { "systemd-gpt-auto-generator": "/dev/null" },
      },
    }),
  };
};
