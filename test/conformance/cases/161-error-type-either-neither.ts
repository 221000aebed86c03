// oracle: error
// A value that passes neither side of `either`: the outer message names the
// whole type, the inner one (after "TypeError:") names both sides.
import { defineCase } from "../define-case.js";

export default defineCase((lib) => {
  const { mkOption, types } = lib;
  return [
    {
      _file: "decl.nix",
      options: {
        timeout: mkOption({ type: types.either(types.int, types.str) }),
      },
    },
    {
      _file: "a.nix",
      timeout: true,
    },
  ];
});
