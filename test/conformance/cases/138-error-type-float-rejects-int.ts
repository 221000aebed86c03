// oracle: error
// types.float does not accept an integer, even one that a float could hold.
import { defineCase } from "../define-case.js";

export default defineCase((lib) => {
  const { mkOption, types } = lib;
  return [
    {
      _file: "decl.nix",
      options: {
        ratio: mkOption({ type: types.float }),
      },
    },
    {
      _file: "a.nix",
      ratio: 1,
    },
  ];
});
