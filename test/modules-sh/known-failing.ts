/**
 * modules.sh checks that lib does not pass yet: line → why. The harness
 * registers them with `it.fails`, so a fix shows up as a failing test here
 * (then remove the line). Keep sorted by line.
 */
export const knownFailing: Record<number, string> = {
  176: "`mergeAttrDefinitionsWithPrio` reads a definition's value that Nix leaves unevaluated (the test's assertLazy thunk)",
  543: "the infinite-recursion error lacks Nix's hint (`if you get an infinite recursion here, you probably reference `config` in `imports`…`) when the cycle runs through the attribute names of config (a freeform definition under an mkIf that reads config)",
  617: "`moduleType` (the configuration's own type, a `_module.args` entry) in a nested lazyAttrsOf: the nested variant lacks its parent variant's definitions (`a y z` where Nix gives `a b y z`)",
  674: "the error prints the option declaration as Nix does except for the attributes only Nix has there (`__toString`, `declarationPositions` from unsafeGetAttrPos; lib prints `declarations`)",
  691: "a submodule's `extendModules` read in one of its option types: the extended configuration's `value` has no definition (`sub.specialisation.value' was accessed but has no value defined)",
};
