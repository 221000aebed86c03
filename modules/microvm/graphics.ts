/** nixos-modules/microvm/graphics.nix: GPU kernel modules and Wayland helpers inside a graphical guest. */
import type { Module } from "../../lib/index.js";
import type { NixosModuleArgs } from "../nixos/module-args.js";
import { getExe } from "./nix-helpers.js";

export const microvmGraphicsModule: Module = ({ config, lib, pkgs }: NixosModuleArgs) => {
  const { mkIf } = lib;
  return {
    _file: "modules/microvm/graphics.ts",
    config: mkIf(() => config.microvm.graphics.enable, {
      boot: { kernelModules: ["drm", "virtio_gpu"] },
      environment: {
        get systemPackages() {
          return [
            // Working: run Wayland applications prefixed with `run-wayland-proxy`
            pkgs.writeShellScriptBin(
              "run-wayland-proxy",
              `exec ${getExe(pkgs.get("wayland-proxy-virtwl"))} --virtio-gpu -- $@\n`,
            ),
            // Waypipe. Needs `microvm#waypipe-client` on the host.
            pkgs.writeShellScriptBin(
              "run-waypipe",
              `exec ${getExe(pkgs.get("waypipe"))}/bin/waypipe --vsock -s 2:6000 server $@\n`,
            ),
          ];
        },
      },
    }),
  };
};
