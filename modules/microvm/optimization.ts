/** nixos-modules/microvm/optimization.nix: closure size and startup time optimizations for disposable guests. */
import type { Module } from "../../lib/index.js";
import type { NixosModuleArgs } from "../nixos/module-args.js";
import type { MicrovmShareConfig } from "./types.js";

export const microvmOptimizationModule: Module = ({ config, options, lib }: NixosModuleArgs) => {
  const { mkDefault, mkIf } = lib;
  const cfg = () => config.microvm;
  const canSwitchViaSsh = () =>
    config.services.openssh.enable &&
    // Is the /nix/store mounted from the host?
    (cfg().shares as MicrovmShareConfig[]).some(({ source }) => source === "/nix/store");

  return {
    _file: "modules/microvm/optimization.ts",
    config: mkIf(() => cfg().guest.enable && cfg().optimize.enable, {
      // The docs are pretty chonky
      documentation: { enable: mkDefault(false) },

      boot: {
        initrd: {
          systemd: {
            // Use systemd initrd for startup speed.
            // TODO: error mounting /nix/store on crosvm, kvmtool
            get enable() {
              return mkDefault(["qemu", "cloud-hypervisor", "firecracker", "stratovirt"].includes(cfg().hypervisor));
            },
            tpm2: { enable: mkDefault(false) },
          },
        },
        // we only need one serial console
        kernelParams: ["8250.nr_uarts=1"],
        swraid: { enable: mkDefault(false) },
      },

      // (upstream also overrides stratovirt without gtk3 in an overlay; package sets here have no overlays)

      // networkd is used due to some strange startup time issues with nixos's
      // homegrown dhcp implementation
      networking: { useNetworkd: mkDefault(true) },

      systemd: {
        // Due to a bug in systemd-networkd: https://github.com/systemd/systemd/issues/29388
        // we cannot use systemd-networkd-wait-online.
        network: { "wait-online": { enable: mkDefault(false) } },
        tpm2: { enable: mkDefault(false) },
      },

      // Exclude switch-to-configuration.pl from toplevel.
      system: {
        switch: {
          enable: mkIf(() => "switch" in options.system && !canSwitchViaSsh(), mkDefault(false)),
        },
      },
    }),
  };
};
