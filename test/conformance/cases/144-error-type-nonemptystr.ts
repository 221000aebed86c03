// oracle: error
// nonEmptyStr rejects a string made only of whitespace.
import { defineCase } from "../define-case.js";

export default defineCase((lib) => {
  const { mkOption, types } = lib;
  return [
    {
      _file: "decl.nix",
      options: {
        title: mkOption({ type: types.nonEmptyStr }),
      },
    },
    {
      _file: "a.nix",
      title: "  ",
    },
  ];
});
