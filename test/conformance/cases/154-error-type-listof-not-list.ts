// oracle: error
// A non-list for listOf: listOf (like attrsOf, either, coercedTo) reports
// its own check failure with a "TypeError:" prefix.
import { defineCase } from "../define-case.js";

export default defineCase((lib) => {
  const { mkOption, types } = lib;
  return [
    {
      _file: "decl.nix",
      options: {
        packages: mkOption({ type: types.listOf(types.str) }),
      },
    },
    {
      _file: "a.nix",
      packages: "git",
    },
  ];
});
