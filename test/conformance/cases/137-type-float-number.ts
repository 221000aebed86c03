// oracle: options
// float accepts non-integral numbers (equal definitions agree); number is
// `either int float` and accepts both kinds; numbers.between,
// numbers.nonnegative and numbers.positive check ranges on either kind,
// their bounds written in the description as JSON numbers.
import { defineCase } from "../define-case.js";

export default defineCase((lib) => {
  const { mkOption, types } = lib;
  return [
    {
      _file: "decl.nix",
      options: {
        ratio: mkOption({ type: types.float }),
        scale: mkOption({
          type: types.float,
          default: 1.5,
        }),
        intNumber: mkOption({ type: types.number }),
        floatNumber: mkOption({ type: types.number }),
        unitInterval: mkOption({ type: types.numbers.between(0, 1) }),
        fractionBounds: mkOption({ type: types.numbers.between(0.5, 2.25) }),
        nonnegative: mkOption({ type: types.numbers.nonnegative }),
        positive: mkOption({ type: types.numbers.positive }),
      },
    },
    {
      _file: "a.nix",
      ratio: 0.75,
      intNumber: 3,
      floatNumber: 2.5,
      unitInterval: 1,
      fractionBounds: 2.25,
      nonnegative: 0,
      positive: 0.25,
    },
    {
      _file: "b.nix",
      ratio: 0.75,
    },
  ];
});
