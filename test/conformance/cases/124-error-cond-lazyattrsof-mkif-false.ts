// oracle: error
// A lazyAttrsOf entry defined only as `mkIf false` still exists; an element
// type without an empty value (int) makes reading it fail.
import { defineCase } from "../define-case.js";

export default defineCase((lib) => {
  const { mkOption, mkIf, types } = lib;
  return [
    {
      _file: "decl.nix",
      options: {
        limits: mkOption({ type: types.lazyAttrsOf(types.int) }),
      },
    },
    {
      _file: "a.nix",
      limits: {
        nofile: 1024,
        nproc: mkIf(false, 64),
      },
    },
  ];
});
