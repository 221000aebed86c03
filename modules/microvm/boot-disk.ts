/**
 * nixos-modules/microvm/boot-disk.nix: a GPT disk image with kernel and
 * initrd on an EFI partition, for hypervisors that cannot load a kernel
 * and initrd directly.
 */
import type { Module } from "../../lib/index.js";
import type { NixosModuleArgs } from "../nixos/module-args.js";
import { derivation } from "./derivation.js";

export const microvmBootDiskModule: Module = ({ config, lib, pkgs }: NixosModuleArgs) => {
  const { mkOption, mkIf, types } = lib;
  return {
    _file: "modules/microvm/boot-disk.ts",
    options: {
      microvm: {
        bootDisk: mkOption({
          type: types.path,
          description: "Generated.\n\nRequired for Hypervisors that do not support direct\nkernel+initrd loading.\n",
        }),
      },
    },
    config: mkIf(() => config.microvm.guest.enable, {
      microvm: {
        // runCommandLocal "microvm-bootdisk.img": kernel + initrd copied onto the image
        get bootDisk() {
          return derivation(pkgs, "microvm-bootdisk.img");
        },
      },
    }),
  };
};
