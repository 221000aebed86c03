// Priorities above 9999: the module system starts its search for the highest
// priority at 9999, so when an option has several definitions all weaker
// than 9999, none of them is selected and the option is left without a
// value (a list type falls back to its empty value). A single definition is
// kept whatever its priority, and an option default (1500) beats them.
import { defineCase } from "../define-case.js";

export default defineCase((lib) => {
  const { mkOption, mkOverride, mkMerge, types } = lib;
  return [
    {
      _file: "decl.nix",
      options: {
        single: mkOption({ type: types.listOf(types.str) }),
        several: mkOption({ type: types.listOf(types.str) }),
        mixed: mkOption({ type: types.listOf(types.str) }),
        withDefault: mkOption({
          type: types.listOf(types.str),
          default: ["default"],
        }),
      },
    },
    {
      _file: "a.nix",
      single: mkOverride(10000, ["kept"]),
      several: mkOverride(10000, ["a"]),
      mixed: mkMerge([mkOverride(9999, ["at-9999"]), mkOverride(10000, ["at-10000"])]),
      withDefault: mkOverride(10000, ["a"]),
    },
    {
      _file: "b.nix",
      several: mkOverride(12000, ["b"]),
    },
  ];
});
