/** The `system.*` options the microvm modules read or set. */
import type { Module } from "../../lib/index.js";
import type { NixosModuleArgs } from "./module-args.js";

export const systemModule: Module = ({ lib, pkgs }: NixosModuleArgs) => {
  const { mkOption, types } = lib;
  return {
    _file: "modules/nixos/system.ts",
    options: {
      system: {
        // toplevel, initialRamdisk, … are what NixOS builds; someone else defines them
        build: mkOption({ type: types.lazyAttrsOf(types.raw), default: {} }),
        boot: {
          loader: {
            initrdFile: mkOption({ type: types.str, default: "initrd" }),
            kernelFile: mkOption({
              type: types.str,
              get default() {
                return pkgs.hostPlatform.kernelTarget;
              },
            }),
          },
        },
        nixos: {
          label: mkOption({ type: types.str, default: "25.11.20251103.0000000" }),
        },
        switch: {
          enable: mkOption({ type: types.bool, default: true }),
        },
      },
    },
  };
};
