// oracle: error
// types.int does not accept a non-integral number.
import { defineCase } from "../define-case.js";

export default defineCase((lib) => {
  const { mkOption, types } = lib;
  return [
    {
      _file: "decl.nix",
      options: {
        count: mkOption({ type: types.int }),
      },
    },
    {
      _file: "a.nix",
      count: 2.5,
    },
  ];
});
