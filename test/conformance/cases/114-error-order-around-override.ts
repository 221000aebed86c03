// oracle: error
// mkOrder must be the innermost property: an mkOrder around mkForce hides the
// priority (the definition counts as a plain one), and after sorting the
// leftover mkForce wrapper reaches the type check, which reports it as the
// value. Long values are cut after five lines.
import { defineCase } from "../define-case.js";

export default defineCase((lib) => {
  const { mkOption, mkForce, mkBefore, types } = lib;
  return [
    {
      _file: "decl.nix",
      options: {
        packages: mkOption({ type: types.listOf(types.str) }),
      },
    },
    {
      _file: "a.nix",
      packages: mkBefore(mkForce(["first"])),
    },
  ];
});
