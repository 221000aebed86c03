// oracle: options
// An option without a type is `unspecified`, merged by the default merge:
// lists concatenated, attribute sets joined shallowly (the first module
// wins a shared name), strings concatenated without separator, booleans
// ORed, equal ints accepted.
import { defineCase } from "../define-case.js";

export default defineCase((lib) => {
  const { mkOption, types } = lib;
  return [
    {
      _file: "decl.nix",
      options: {
        list: mkOption({}),
        set: mkOption({}),
        text: mkOption({}),
        flag: mkOption({}),
        number: mkOption({}),
        declared: mkOption({
          type: types.unspecified,
          default: 1.5,
        }),
      },
    },
    {
      _file: "a.nix",
      list: [1],
      set: {
        a: { b: 1 },
        shared: "from-a",
      },
      text: "a",
      flag: false,
      number: 3,
    },
    {
      _file: "b.nix",
      list: [2],
      set: {
        a: { c: 2 },
        shared: "from-b",
      },
      text: "b",
      flag: true,
      number: 3,
    },
  ];
});
