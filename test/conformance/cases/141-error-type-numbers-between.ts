// oracle: error
// numbers.between is built on `either`, whose merge reports type errors with
// a "TypeError:" prefix (ints.between, built on int, does not).
import { defineCase } from "../define-case.js";

export default defineCase((lib) => {
  const { mkOption, types } = lib;
  return [
    {
      _file: "decl.nix",
      options: {
        opacity: mkOption({ type: types.numbers.between(0, 1) }),
      },
    },
    {
      _file: "a.nix",
      opacity: 1.5,
    },
  ];
});
