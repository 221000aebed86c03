/** The `networking.*` options the microvm modules read or set. */
import type { Module } from "../../lib/index.js";
import type { NixosModuleArgs } from "./module-args.js";

export const networkingModule: Module = ({ lib }: NixosModuleArgs) => {
  const { mkOption, types } = lib;
  return {
    _file: "modules/nixos/networking.ts",
    options: {
      networking: {
        hostName: mkOption({ type: types.str, default: "nixos" }),
        useNetworkd: mkOption({ type: types.bool, default: false }),
      },
    },
  };
};
