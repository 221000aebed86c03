// oracle: error
// uniq rejects a second definition even when both values are equal. With
// uniq the custom message is empty, which leaves an empty line in the text.
import { defineCase } from "../define-case.js";

export default defineCase((lib) => {
  const { mkOption, types } = lib;
  return [
    {
      _file: "decl.nix",
      options: {
        main: mkOption({ type: types.uniq(types.str) }),
      },
    },
    {
      _file: "a.nix",
      main: "same",
    },
    {
      _file: "b.nix",
      main: "same",
    },
  ];
});
