/** The `networking.*` options the microvm modules read or set. */
import type { Module } from "../../lib/index.js";
import type { NixosModuleArgs } from "./module-args.js";

export const networkingModule: Module = ({ lib }: NixosModuleArgs) => {
  const { mkOption, types } = lib;
  return {
    _file: "modules/nixos/networking.ts",
    options: {
      networking: {
        // NixOS' type: a host name is also the name of the VM's state folder and runner files
        hostName: mkOption({
          type: types.strMatching("^$|^[[:alnum:]]([[:alnum:]_-]{0,61}[[:alnum:]])?$"),
          default: "nixos",
        }),
        useNetworkd: mkOption({ type: types.bool, default: false }),
      },
    },
  };
};
