// oracle: options
// types.pkgs accepts an attribute set marked `_type = "pkgs"` (a Nixpkgs
// package set) and keeps it as it is; the marker is not mistaken for one of
// the module system's own wrappers (mkIf, mkMerge, ...).
import { defineCase } from "../define-case.js";

export default defineCase((lib) => {
  const { mkOption, types } = lib;
  return [
    {
      _file: "decl.nix",
      options: {
        pkgs: mkOption({
          type: types.pkgs,
          description: "The package set to use.",
        }),
      },
    },
    {
      _file: "a.nix",
      pkgs: {
        _type: "pkgs",
        hello: "hello-2.12",
      },
    },
  ];
});
