/**
 * Derivations the guest modules "build" (`runCommand`, `closureInfo`,
 * `writers.writePython3`, the runners): here a package is its store path,
 * which the package set names as nixpkgs would; nothing is built.
 */
import type { Package } from "../../pkgs/package.js";
import { makePackage, type PackageSet } from "../../pkgs/package-set.js";

/** A one-output derivation named `name`, at the store path `pkgs` gives that name. */
export function derivation(pkgs: PackageSet, name: string): Package {
  return makePackage({ name, outputNames: ["out"], outputs: { out: pkgs.storePath(name) } }, pkgs.storePath);
}

/** A derivation carrying `passthru` attributes (read lazily, as Nix would). */
export type DerivationWithPassthru<P> = Package & { readonly passthru: P };

export function derivationWithPassthru<P extends object>(pkgs: PackageSet, name: string, passthru: P): DerivationWithPassthru<P> {
  return Object.assign(derivation(pkgs, name), { passthru });
}

/** `drv.drvPath`: the store derivation's path, named `<name>.drv` as Nix names it. */
export function drvPathOf(pkgs: PackageSet, pkg: Package): string {
  return pkgs.storePath(`${pkg.name}.drv`);
}
