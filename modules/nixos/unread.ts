/**
 * Option trees the microvm modules only define and nothing here reads
 * (`boot.initrd`, `systemd`, `documentation`, …): lazy attribute sets of
 * anything, as in the golden harness' NixOS stand-in.
 */
import type { Lib, Module } from "../../lib/index.js";
import type { NixosModuleArgs } from "./module-args.js";

/** A lazy attribute set of unspecified values, default empty. */
export const unreadAttrs = (lib: Lib) => lib.mkOption({ type: lib.types.lazyAttrsOf(lib.types.unspecified), default: {} });

export const unreadOptionsModule: Module = ({ lib }: NixosModuleArgs) => ({
  _file: "modules/nixos/unread.ts",
  options: {
    documentation: unreadAttrs(lib),
    environment: unreadAttrs(lib),
    systemd: unreadAttrs(lib),
  },
});
