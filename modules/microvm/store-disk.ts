/**
 * nixos-modules/microvm/store-disk.nix: the guest's /nix/store packed into
 * an erofs or squashfs image (`microvm.storeDisk`), and the `regInfo=`
 * kernel parameter that registers the system closure in the Nix database.
 */
import type { Module } from "../../lib/index.js";
import type { NixosModuleArgs } from "../nixos/module-args.js";
import { derivation, derivationWithPassthru } from "./derivation.js";

export const microvmStoreDiskModule: Module = ({ config, lib, pkgs }: NixosModuleArgs) => {
  const { mkOption, mkDefault, mkIf, mkMerge, types } = lib;
  const cfg = () => config.microvm;
  // pkgs.closureInfo { rootPaths = [ config.system.build.toplevel ]; }
  const regInfo = () => derivation(pkgs, "closure-info");

  return {
    _file: "modules/microvm/store-disk.ts",
    options: {
      microvm: {
        storeDisk: mkOption({
          type: types.path,
          description: "Generated\n",
        }),
      },
    },

    config: mkMerge([
      mkIf(() => cfg().guest.enable && cfg().storeOnDisk, {
        microvm: {
          // nixos/modules/profiles/hardened.nix forbids erofs.
          // HACK: Other NixOS modules populate
          // config.boot.blacklistedKernelModules depending on the boot
          // filesystems, so checking on that directly would result in an
          // infinite recursion.
          get storeDiskType() {
            return mkDefault(config.security.virtualisation.flushL1DataCache === "always" ? "squashfs" : "erofs");
          },
          // runCommandLocal "microvm-store-disk.<type>": the closure of toplevel (and regInfo) packed by mkfs
          get storeDisk() {
            return derivationWithPassthru(pkgs, `microvm-store-disk.${cfg().storeDiskType}`, { regInfo: regInfo() });
          },
        },
        boot: {
          initrd: {
            get availableKernelModules() {
              return [cfg().storeDiskType];
            },
          },
        },
      }),

      mkIf(() => cfg().registerClosure && config.nix.enable, {
        microvm: {
          get kernelParams() {
            return [`regInfo=${regInfo()}/registration`];
          },
        },
        boot: {
          get postBootCommands() {
            return `if [[ "$(cat /proc/cmdline)" =~ regInfo=([^ ]*) ]]; then\n  ${config.nix.package.outputs.out}/bin/nix-store --load-db < \${BASH_REMATCH[1]}\nfi\n`;
          },
        },
      }),
    ]),
  };
};
