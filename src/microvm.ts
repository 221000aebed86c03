/**
 * `nixmod-ts/microvm`: what a microVM config imports. `defineModule` and the
 * config's types, microvm.nix's guest modules with the NixOS stand-in they
 * evaluate in, and the package model (`makePackage`, `asPackage`, `kernelFromFile`
 * for a kernel that is a plain file).
 *
 *     import { defineModule } from "nixmod-ts/microvm";
 *     export default defineModule(({ lib }) => ({ microvm: { vcpu: 2, mem: lib.mkDefault(512) } }));
 */
export {
  type Definition,
  defineModule,
  type MicrovmConfig,
  type MicrovmModule,
  type MicrovmModuleArgs,
  type MicrovmModuleAttrs,
  type MicrovmModuleFunction,
  type Wrapped,
} from "./define-module.js";
export { microvmModules } from "../modules/microvm/index.js";
export { nixosBaseModules } from "../modules/nixos/index.js";
export { asPackage, type Package, type PackageLikeObject, type Platform } from "../pkgs/package.js";
export { kernelFromFile } from "../pkgs/host.js";
export { makePackage, type PackageEntry, type PackageSet } from "../pkgs/package-set.js";
