// oracle: error
// Undeclared option among 100 or more siblings: only names within edit
// distance 2 are suggested, so a name with no close match gets no
// "Did you mean" line at all.
import { defineCase } from "../define-case.js";

export default defineCase((lib) => {
  const { mkOption, types } = lib;
  // lib.genAttrs (map (i: "option${toString i}") (lib.range 1 100)) (_: mkOption { … })
  const names = Array.from({ length: 100 }, (_, i) => `option${String(i + 1)}`);
  return [
    {
      _file: "decl.nix",
      options: Object.fromEntries(
        names.map((n) => [
          n,
          mkOption({
            type: types.int,
            default: 0,
          }),
        ]),
      ),
    },
    {
      _file: "user.nix",
      colour: "blue",
    },
  ];
});
