// oracle: error
// A mkMerge inside one list element gives that element two definitions;
// for an int element they conflict, and both come from the same file. The
// element is named by its definition and entry number.
import { defineCase } from "../define-case.js";

export default defineCase((lib) => {
  const { mkOption, mkMerge, types } = lib;
  return [
    {
      _file: "decl.nix",
      options: {
        ports: mkOption({ type: types.listOf(types.int) }),
      },
    },
    {
      _file: "a.nix",
      ports: [mkMerge([80, 8080])],
    },
  ];
});
