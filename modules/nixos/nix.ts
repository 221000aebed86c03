/** The `nix.*` options the microvm modules read. */
import type { Module } from "../../lib/index.js";
import type { NixosModuleArgs } from "./module-args.js";

export const nixModule: Module = ({ lib, pkgs }: NixosModuleArgs) => {
  const { mkOption, types } = lib;
  return {
    _file: "modules/nixos/nix.ts",
    options: {
      nix: {
        enable: mkOption({ type: types.bool, default: true }),
        package: mkOption({
          type: types.package,
          get default() {
            return pkgs.get("nix");
          },
        }),
        optimise: {
          automatic: mkOption({ type: types.bool, default: false }),
        },
        settings: {
          "auto-optimise-store": mkOption({ type: types.bool, default: false }),
        },
      },
    },
  };
};
