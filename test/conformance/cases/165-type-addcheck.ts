// oracle: options
// addCheck adds a predicate to a type's check and keeps its description.
// The predicate runs on each definition, not on the merged value: two
// one-element lists pass a "at most one element" check and merge into two.
import { defineCase } from "../define-case.js";

export default defineCase((lib) => {
  const { mkOption, types } = lib;
  return [
    {
      _file: "decl.nix",
      options: {
        // `lib.mod x 2 == 0`
        even: mkOption({ type: types.addCheck(types.int, (x) => (x as number) % 2 === 0) }),
        // `builtins.length l <= 1`
        short: mkOption({ type: types.addCheck(types.listOf(types.str), (l) => (l as unknown[]).length <= 1) }),
      },
    },
    {
      _file: "a.nix",
      even: 4,
      short: ["a"],
    },
    {
      _file: "b.nix",
      short: ["b"],
    },
  ];
});
