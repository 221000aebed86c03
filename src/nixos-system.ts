/**
 * What a NixOS build would make and the microvm modules refer to:
 * `system.build.toplevel` and `system.build.initialRamdisk`. Nothing is
 * built; they are store paths of the package set, named as NixOS names
 * them (`nixos-system-<hostName>-<label>`, `initrd-linux-<kernel version>`),
 * as in the golden harness' NixOS stand-in.
 */
import type { Module } from "../lib/index.js";
import type { NixosModuleArgs } from "../modules/nixos/module-args.js";
import type { Package } from "../pkgs/package.js";
import { makePackage, type PackageSet } from "../pkgs/package-set.js";

const derivation = (pkgs: PackageSet, name: string): Package =>
  makePackage({ name, outputNames: ["out"], outputs: { out: pkgs.storePath(name) } }, pkgs.storePath);

export const nixosSystemModule: Module = ({ config, pkgs }: NixosModuleArgs) => ({
  _file: "src/nixos-system.ts",
  system: {
    build: {
      get toplevel() {
        return derivation(pkgs, `nixos-system-${config.networking.hostName}-${config.system.nixos.label}`);
      },
      get initialRamdisk() {
        const version = (config.boot.kernelPackages.kernel as Package).version;
        return derivation(pkgs, version === undefined ? "initrd-linux" : `initrd-linux-${version}`);
      },
    },
  },
});
