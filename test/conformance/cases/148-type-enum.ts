// oracle: options
// enum accepts exactly its listed values (strings, ints and bools may be
// mixed, compared without conversion); several definitions must be equal.
// The description lists the values, with special wording for one value and
// for none; inside listOf a multi-value enum is parenthesized.
import { defineCase } from "../define-case.js";

export default defineCase((lib) => {
  const { mkOption, types } = lib;
  return [
    {
      _file: "decl.nix",
      options: {
        level: mkOption({
          type: types.enum(["debug", "info", "warn"]),
        }),
        mixed: mkOption({
          type: types.enum(["auto", 0, true, false]),
        }),
        single: mkOption({
          type: types.enum(["only"]),
          default: "only",
        }),
        none: mkOption({
          type: types.nullOr(types.enum([])),
          default: null,
        }),
        levels: mkOption({
          type: types.listOf(types.enum(["debug", "info"])),
        }),
        singles: mkOption({
          type: types.listOf(types.enum(["only"])),
          default: [],
        }),
      },
    },
    {
      _file: "a.nix",
      level: "info",
      mixed: 0,
      levels: ["debug"],
    },
    {
      _file: "b.nix",
      level: "info",
      levels: ["info"],
    },
  ];
});
