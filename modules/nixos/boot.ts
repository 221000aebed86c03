/** The `boot.*` options the microvm modules read or set. */
import type { Module } from "../../lib/index.js";
import type { NixosModuleArgs } from "./module-args.js";
import { unreadAttrs } from "./unread.js";

export const bootModule: Module = ({ lib, pkgs }: NixosModuleArgs) => {
  const { mkOption, types } = lib;
  return {
    _file: "modules/nixos/boot.ts",
    options: {
      boot: {
        // only the linux-kernel entry of nixpkgs' linuxPackages is read
        kernelPackages: mkOption({
          type: types.raw,
          get default() {
            return { kernel: pkgs.get("linuxPackages.kernel") };
          },
        }),
        // NixOS adds defaults such as loglevel=4 elsewhere; the stand-in starts empty
        kernelParams: mkOption({ type: types.listOf(types.str), default: [] }),
        kernelModules: mkOption({ type: types.listOf(types.str), default: [] }),
        blacklistedKernelModules: mkOption({ type: types.listOf(types.str), default: [] }),
        postBootCommands: mkOption({ type: types.lines, default: "" }),
        initrd: unreadAttrs(lib),
        loader: unreadAttrs(lib),
        swraid: unreadAttrs(lib),
      },
    },
  };
};
