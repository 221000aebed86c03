/** NixOS' `assertions` and `warnings`, as the golden harness' NixOS stand-in declares them. */
import type { Module } from "../../lib/index.js";
import type { NixosModuleArgs } from "./module-args.js";

export const assertionsModule: Module = ({ lib }: NixosModuleArgs) => {
  const { mkOption, types } = lib;
  return {
    _file: "modules/nixos/assertions.ts",
    options: {
      assertions: mkOption({ type: types.listOf(types.unspecified), default: [], internal: true }),
      warnings: mkOption({ type: types.listOf(types.str), default: [], internal: true }),
    },
  };
};
