// mkIf on single option values: `mkIf true v` is the definition v, `mkIf
// false v` is no definition at all, so the option default applies, or the
// type's empty value when there is no default ([] for lists, {} for
// attribute sets, null for nullOr), and a discarded definition cannot
// conflict with another one.
import { defineCase } from "../define-case.js";

export default defineCase((lib) => {
  const { mkOption, mkIf, types } = lib;
  return [
    {
      _file: "decl.nix",
      options: {
        falseUsesDefault: mkOption({
          type: types.int,
          default: 1,
        }),
        trueDefines: mkOption({
          type: types.int,
          default: 1,
        }),
        emptyList: mkOption({ type: types.listOf(types.str) }),
        emptyAttrs: mkOption({ type: types.attrsOf(types.int) }),
        emptyNull: mkOption({ type: types.nullOr(types.int) }),
        noConflict: mkOption({ type: types.str }),
      },
    },
    {
      _file: "a.nix",
      falseUsesDefault: mkIf(false, 5),
      trueDefines: mkIf(true, 5),
      emptyList: mkIf(false, ["x"]),
      emptyAttrs: mkIf(false, { x: 1 }),
      emptyNull: mkIf(false, 3),
      noConflict: mkIf(true, "kept"),
    },
    {
      _file: "b.nix",
      noConflict: mkIf(false, "discarded"),
    },
  ];
});
