/**
 * The option list of the microvm module as its reference documentation shows
 * it, evaluated the way microvm.nix's `pkgs/doc.nix` does: the options module
 * alone, with `_module.check = false`. No default in the list depends on the
 * contents of the package set, so an empty one serves.
 */
import { type DocOption, evalModules, optionAttrSetToDocList } from "../lib/index.js";
import { microvmOptionsModule } from "../modules/microvm/options.js";
import { packageSetFromEntries } from "../pkgs/package-set.js";

export function microvmReferenceDocList(): DocOption[] {
  const pkgs = packageSetFromEntries({}, { system: "x86_64-linux" });
  const evaluated = evalModules({
    modules: [microvmOptionsModule, { _file: "<docs>", _module: { check: false, args: { pkgs } } }],
  });
  return optionAttrSetToDocList(evaluated.options).filter((o) => !o.loc.includes("_module"));
}
