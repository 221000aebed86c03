/** The `services.*` and `security.*` options the microvm modules read. */
import type { Module } from "../../lib/index.js";
import type { NixosModuleArgs } from "./module-args.js";

export const servicesModule: Module = ({ lib }: NixosModuleArgs) => {
  const { mkOption, types } = lib;
  return {
    _file: "modules/nixos/services.ts",
    options: {
      services: {
        openssh: {
          enable: mkOption({ type: types.bool, default: false }),
        },
      },
      security: {
        virtualisation: {
          flushL1DataCache: mkOption({
            type: types.nullOr(types.enum(["never", "cond", "always"])),
            default: null,
          }),
        },
      },
    },
  };
};
