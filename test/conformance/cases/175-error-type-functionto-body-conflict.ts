// oracle: error
// The results of the merged functions are merged under the pseudo-path
// "<function body>"; two different ints conflict there when the function is
// called.
import { defineCase } from "../define-case.js";

export default defineCase((lib) => {
  const { mkOption, types } = lib;
  return [
    {
      _file: "decl.nix",
      options: {
        mkPort: mkOption({
          type: types.functionTo(types.int),
          apply: (f: (base: number) => unknown) => f(8000),
        }),
      },
    },
    {
      _file: "a.nix",
      mkPort: (base: number) => base,
    },
    {
      _file: "b.nix",
      mkPort: (base: number) => base + 1,
    },
  ];
});
