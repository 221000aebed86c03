// oracle: options
// listOf concatenates the definitions (reverse module order) and merges each
// element with the element type, also for nested lists and nullable
// elements. The empty value is [], shown as the default text "[ ]" when the
// option has no default.
import { defineCase } from "../define-case.js";

export default defineCase((lib) => {
  const { mkOption, types } = lib;
  return [
    {
      _file: "decl.nix",
      options: {
        packages: mkOption({ type: types.listOf(types.str) }),
        matrix: mkOption({ type: types.listOf(types.listOf(types.int)) }),
        maybe: mkOption({ type: types.listOf(types.nullOr(types.int)) }),
        empty: mkOption({ type: types.listOf(types.str) }),
        withDefault: mkOption({
          type: types.listOf(types.str),
          default: ["a"],
          example: ["a", "b"],
        }),
      },
    },
    {
      _file: "a.nix",
      packages: ["git", "vim"],
      matrix: [[1, 2]],
      maybe: [null, 1],
    },
    {
      _file: "b.nix",
      packages: ["curl"],
      matrix: [[3]],
    },
  ];
});
