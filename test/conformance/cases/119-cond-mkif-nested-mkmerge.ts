// mkIf and mkMerge nest in any order and depth, around a whole `config`,
// around an attribute set inside it and around a single value: only the
// contents reached through true conditions are definitions.
import { defineCase } from "../define-case.js";

export default defineCase((lib) => {
  const { mkOption, mkIf, mkMerge, types } = lib;
  return [
    {
      _file: "decl.nix",
      options: {
        list: mkOption({ type: types.listOf(types.str) }),
        number: mkOption({ type: types.int }),
        text: mkOption({
          type: types.str,
          default: "default",
        }),
        table: mkOption({ type: types.attrsOf(types.int) }),
      },
    },
    {
      _file: "a.nix",
      list: mkMerge([
        ["1"],
        mkIf(true, mkMerge([["2"], mkIf(false, ["never"]), mkIf(true, mkIf(true, ["3"]))])),
        mkMerge([mkIf(false, mkMerge([["never"]]))]),
      ]),
      table: {
        a: mkMerge([mkIf(true, 1)]),
        b: mkIf(false, 2),
        c: mkIf(true, mkIf(false, 3)),
        d: mkIf(true, mkMerge([mkIf(false, 0), 4])),
      },
    },
    {
      _file: "b.nix",
      config: mkIf(
        true,
        mkMerge([
          { number: 1 },
          mkIf(false, { text: "never" }),
          mkMerge([mkIf(true, { list: ["b"] })]),
        ]),
      ),
    },
  ];
});
