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
  return referenceDocList(microvmReferenceOptions());
}

/** The microvm set's options, evaluated as for {@link microvmReferenceDocList}. */
export function microvmReferenceOptions(): Record<string, unknown> {
  const pkgs = packageSetFromEntries({}, { system: "x86_64-linux" });
  const evaluated = evalModules({
    modules: [microvmOptionsModule, { _file: "<docs>", _module: { check: false, args: { pkgs } } }],
  });
  return evaluated.options;
}

/** The doc list of {@link microvmReferenceOptions}. */
export function referenceDocList(options: Record<string, unknown>): DocOption[] {
  return optionAttrSetToDocList(options).filter((o) => !o.loc.includes("_module"));
}
